import { useLocale, useTranslations } from 'next-intl';
import type { CartView } from '@/lib/cart/types';
import { formatCents } from '@/lib/money';
import { ButtonLink } from '@/components/ui/button';
import { Card, CardTitle } from '@/components/ui/card';
import { Link } from '@/i18n/navigation';

/** Item count, subtotal, and the way to checkout (held back while a line needs the shopper's attention). */
export function CartSummary({ cart, blocked }: { cart: CartView; blocked: boolean }) {
  const t = useTranslations('cart.summary');
  const locale = useLocale();
  return (
    <Card as="section" aria-labelledby="cart-summary-title" className="flex flex-col gap-4">
      <CardTitle id="cart-summary-title">{t('title')}</CardTitle>
      <dl className="flex items-baseline justify-between gap-4">
        <dt className="text-stone-700">
          {t('subtotal')} <span className="text-sm">({t('items', { count: cart.itemCount })})</span>
        </dt>
        <dd className="text-lg font-bold tabular-nums">{formatCents(cart.subtotalCents, locale)}</dd>
      </dl>
      <p className="text-sm text-stone-700">{t('vatNote')}</p>
      {blocked ? (
        <p className="rounded-lg bg-amber-50 p-3 text-sm font-medium text-amber-900">{t('fixFirst')}</p>
      ) : (
        <ButtonLink href="/checkout" size="lg" fullWidth>
          {t('checkout')}
        </ButtonLink>
      )}
      <Link href="/" className="self-center py-2 text-sm font-semibold text-brand-800 underline underline-offset-2">
        {t('continue')}
      </Link>
    </Card>
  );
}
