'use client';

import { useTranslations } from 'next-intl';
import { startTransition, useEffect, useOptimistic, useRef, useState } from 'react';
import { removeCartItemAction } from '@/lib/actions/remove-cart-item';
import { updateCartItemAction } from '@/lib/actions/update-cart-item';
import type { CartActionState } from '@/lib/cart/action-state';
import { isValidQuantity } from '@/lib/cart/quantity-limits';
import type { CartView } from '@/lib/cart/types';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { CartIcon } from '@/components/ui/icons';
import { actionMessage } from './action-message';
import { applyCartChange, needsAttention, type CartChangeRequest } from './apply-cart-change';
import { CartLine, type LineMessage } from './cart-line';
import { useCartCount } from './cart-count-provider';
import { CartSummary } from './cart-summary';

/**
 * The cart's lines and summary. A change shows at once (useOptimistic: lines, totals and the
 * header badge); the action's answer then brings the server's cart (the action refreshes the page).
 */
export function CartContents({ cart }: { cart: CartView | null }) {
  const t = useTranslations('cart');
  const tForms = useTranslations('forms');
  const { addOptimistic, setCount } = useCartCount();
  const [view, apply] = useOptimistic(cart, (current: CartView | null, change: CartChangeRequest) =>
    current ? applyCartChange(current, change) : current,
  );
  const [messages, setMessages] = useState<Record<string, LineMessage>>({});
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const emptyRef = useRef<HTMLDivElement>(null);
  // After a removal the button is gone: focus moves to the list's heading (or the empty cart).
  const focusAfterRemoval = useRef(false);

  useEffect(() => {
    if (!focusAfterRemoval.current) return;
    focusAfterRemoval.current = false;
    (headingRef.current ?? emptyRef.current)?.focus();
  }, [view]);

  function setMessage(itemId: string, message: LineMessage | null) {
    setMessages((current) => {
      const next = { ...current };
      if (message) next[itemId] = message;
      else delete next[itemId];
      return next;
    });
  }

  function change(itemId: string, request: { quantity: string } | { remove: true }) {
    const item = view?.items.find((line) => line.id === itemId);
    if (!item) return;
    // Shown at once only when the server will take it; anything else waits for its message.
    const quantity = 'quantity' in request && /^\s*\d+\s*$/.test(request.quantity) ? Number(request.quantity) : NaN;
    const optimistic: CartChangeRequest | null =
      'remove' in request ? { itemId, remove: true } : isValidQuantity(quantity) ? { itemId, quantity } : null;
    setMessage(itemId, null);
    if ('remove' in request) focusAfterRemoval.current = true;

    startTransition(async () => {
      if (optimistic) {
        apply(optimistic);
        addOptimistic(('remove' in optimistic ? 0 : optimistic.quantity) - item.quantity);
      }
      const formData = new FormData();
      formData.set('itemId', itemId);
      let result: CartActionState;
      try {
        if ('remove' in request) {
          result = await removeCartItemAction({ status: 'idle' }, formData);
        } else {
          formData.set('quantity', request.quantity);
          result = await updateCartItemAction({ status: 'idle' }, formData);
        }
      } catch {
        result = { status: 'error', message: tForms('unexpected') };
      }
      const itemCount = result.itemCount;
      if (itemCount !== undefined) startTransition(() => setCount(itemCount));
      const text = actionMessage(result) ?? '';
      if ('remove' in request && result.status === 'ok') setAnnouncement(text);
      else setMessage(itemId, { text, tone: result.status !== 'ok' ? 'error' : result.limitedBy ? 'info' : 'success' });
    });
  }

  const live = (
    <p aria-live="polite" className="sr-only">
      {announcement}
    </p>
  );

  if (!view || view.items.length === 0) {
    return (
      <div ref={emptyRef} tabIndex={-1} className="mt-6">
        <EmptyState
          icon={<CartIcon />}
          title={t('empty.title')}
          text={t('empty.text')}
          action={<ButtonLink href="/">{t('empty.continue')}</ButtonLink>}
        />
        {live}
      </div>
    );
  }

  return (
    <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
      <section aria-labelledby="cart-items-heading">
        <h2 id="cart-items-heading" ref={headingRef} tabIndex={-1} className="mb-2 text-lg font-semibold text-stone-900">
          {t('itemsHeading')}
        </h2>
        <ul className="divide-y divide-stone-200 border-y border-stone-200">
          {view.items.map((item) => (
            <CartLine
              key={item.id}
              item={item}
              message={messages[item.id]}
              onQuantity={(raw) => change(item.id, { quantity: raw })}
              onRemove={() => change(item.id, { remove: true })}
            />
          ))}
        </ul>
        {live}
      </section>
      <CartSummary cart={view} blocked={view.items.some(needsAttention)} />
    </div>
  );
}
