'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { useCartCount } from '@/components/cart/cart-count-provider';
import { CartIcon } from '@/components/ui/icons';

/** The header's cart link; the badge shows the units in the cart (from CartCountProvider). */
export function CartLink() {
  const t = useTranslations('header.cart');
  const { count } = useCartCount();
  return (
    <Link
      href="/cart"
      className="relative inline-flex size-11 items-center justify-center rounded-lg text-stone-800 hover:bg-stone-100"
    >
      <CartIcon className="size-6" />
      <span className="sr-only">{count === null ? t('labelUnknown') : t('label', { count })}</span>
      {count ? (
        <span
          aria-hidden="true"
          className="absolute top-0.5 right-0 flex h-5 min-w-5 items-center justify-center rounded-full bg-accent-700 px-1 text-xs leading-none font-bold text-white"
        >
          {count > 99 ? '99+' : count}
        </span>
      ) : null}
    </Link>
  );
}
