'use client';

import Image from 'next/image';
import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { MAX_LINE_QUANTITY } from '@/lib/cart/quantity-limits';
import type { CartLineView } from '@/lib/cart/types';
import { formatCents } from '@/lib/money';
import { Button } from '@/components/ui/button';
import { AlertIcon } from '@/components/ui/icons';
import { CartLineNotices } from './cart-line-notices';
import { QuantityStepper } from './quantity-stepper';

export type LineMessage = { text: string; tone: 'error' | 'info' | 'success' };

type Props = {
  item: CartLineView;
  message?: LineMessage;
  onQuantity: (raw: string) => void;
  onRemove: () => void;
};

/** One cart line: picture, name, variant, unit price, notices, quantity, line total, remove. */
export function CartLine({ item, message, onQuantity, onRemove }: Props) {
  const t = useTranslations('cart.line');
  const locale = useLocale();
  const messageId = `cart-line-message-${item.id}`;
  const visibleMessage = message && message.tone !== 'success';

  return (
    <li className="flex gap-3 py-5 sm:gap-5">
      <div className="size-20 shrink-0 overflow-hidden rounded-lg bg-stone-100 sm:size-24">
        {item.imageUrl ? (
          <Image
            src={item.imageUrl}
            alt={item.imageAlt}
            width={96}
            height={96}
            unoptimized={!item.imageUrl.startsWith('/')}
            className="size-full object-cover"
          />
        ) : null}
      </div>
      <div className="min-w-0 flex-1">
        <div className="flex items-start justify-between gap-3">
          <div className="min-w-0">
            <h3 className="font-semibold text-stone-900">
              <Link href={`/product/${item.productSlug}`} className="underline-offset-2 hover:underline">
                {item.name}
              </Link>
            </h3>
            {item.variantLabel ? <p className="text-sm text-stone-700">{item.variantLabel}</p> : null}
            <p className="text-sm text-stone-700">{t('unitPrice', { price: formatCents(item.unitPriceCents, locale) })}</p>
          </div>
          {item.purchasable ? (
            <p className="shrink-0 text-right font-semibold tabular-nums">
              <span className="sr-only">{t('lineTotalLabel')} </span>
              {formatCents(item.lineTotalCents, locale)}
            </p>
          ) : null}
        </div>
        <CartLineNotices item={item} />
        <div className="mt-3 flex flex-wrap items-end justify-between gap-x-4 gap-y-2">
          {item.purchasable ? (
            <QuantityStepper
              quantity={item.quantity}
              max={Math.max(item.quantity, Math.min(item.available, MAX_LINE_QUANTITY))}
              productName={item.name}
              onChange={onQuantity}
              invalid={message?.tone === 'error'}
              errorId={visibleMessage ? messageId : undefined}
            />
          ) : null}
          <Button variant="ghost" size="sm" onClick={onRemove} aria-label={t('removeLabel', { name: item.name })}>
            {t('remove')}
          </Button>
        </div>
        <div aria-live="polite" className="mt-2 text-sm">
          {message ? (
            <p
              id={messageId}
              className={
                message.tone === 'success'
                  ? 'sr-only'
                  : message.tone === 'error'
                    ? 'flex items-start gap-1.5 font-medium text-red-700'
                    : 'flex items-start gap-1.5 text-sky-900'
              }
            >
              {message.tone === 'error' ? <AlertIcon className="mt-0.5 size-4 shrink-0" /> : null}
              {message.text}
            </p>
          ) : null}
        </div>
      </div>
    </li>
  );
}
