import { useLocale, useTranslations } from 'next-intl';
import type { CartLineView } from '@/lib/cart/types';
import { formatCents } from '@/lib/money';
import { AlertIcon, InfoIcon } from '@/components/ui/icons';

/** What changed since the line was added: no longer sold, out of stock, less available, new price. */
export function CartLineNotices({ item }: { item: CartLineView }) {
  const t = useTranslations('cart.line');
  const locale = useLocale();
  const notices: Array<{ key: string; text: string; tone: 'warning' | 'info' }> = [];
  if (!item.purchasable) notices.push({ key: 'unavailable', text: t('unavailable'), tone: 'warning' });
  else if (item.available <= 0) notices.push({ key: 'out', text: t('outOfStock'), tone: 'warning' });
  else if (item.quantity > item.available) {
    notices.push({ key: 'few', text: t('availableOnly', { available: item.available }), tone: 'warning' });
  }
  if (item.purchasable && item.priceChanged) {
    notices.push({
      key: 'price',
      text: t('priceChanged', { old: formatCents(item.priceCentsAtAdd, locale), new: formatCents(item.unitPriceCents, locale) }),
      tone: 'info',
    });
  }
  if (notices.length === 0) return null;
  return (
    <ul className="mt-2 flex flex-col gap-1">
      {notices.map((notice) => {
        const Icon = notice.tone === 'warning' ? AlertIcon : InfoIcon;
        return (
          <li
            key={notice.key}
            className={
              notice.tone === 'warning'
                ? 'flex items-start gap-1.5 text-sm font-medium text-amber-900'
                : 'flex items-start gap-1.5 text-sm text-sky-900'
            }
          >
            <Icon className="mt-0.5 size-4 shrink-0" />
            <span>{notice.text}</span>
          </li>
        );
      })}
    </ul>
  );
}
