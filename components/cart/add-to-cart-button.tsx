'use client';

import { useTranslations } from 'next-intl';
import { startTransition, useActionState } from 'react';
import { Link } from '@/i18n/navigation';
import { addToCartAction } from '@/lib/actions/add-to-cart';
import type { CartActionState } from '@/lib/cart/action-state';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { CartIcon } from '@/components/ui/icons';
import { useToast } from '@/components/ui/toast';
import { actionMessage } from './action-message';
import { useCartCount } from './cart-count-provider';

export type AddToCartButtonProps = {
  variantId: string;
  /** Units to add (1..99); the server caps it by what is available. */
  quantity?: number;
  disabled?: boolean;
  /** The content page the button is on, for attribution. */
  source?: { contentId: string };
  className?: string;
};

/**
 * Adds a variant to the cart. The header badge counts the units at once; the server's answer
 * then sets the true count and a toast says what happened (or why less was added).
 */
export function AddToCartButton({ variantId, quantity = 1, disabled = false, source, className }: AddToCartButtonProps) {
  const t = useTranslations('cart.addButton');
  const tForms = useTranslations('forms');
  const { toast } = useToast();
  const { addOptimistic, setCount } = useCartCount();

  const [state, formAction, pending] = useActionState(
    async (previous: CartActionState, formData: FormData): Promise<CartActionState> => {
      addOptimistic(quantity);
      let result: CartActionState;
      try {
        result = await addToCartAction(previous, formData);
      } catch {
        result = { status: 'error', message: tForms('unexpected') };
      }
      const itemCount = result.itemCount;
      if (itemCount !== undefined) startTransition(() => setCount(itemCount));
      const message = actionMessage(result);
      if (message) toast({ message, tone: result.status !== 'ok' ? 'error' : result.limitedBy ? 'info' : 'success' });
      return result;
    },
    { status: 'idle' },
  );

  return (
    <form action={formAction} className={cn('flex flex-col items-stretch gap-2', className)}>
      <input type="hidden" name="variantId" value={variantId} />
      <input type="hidden" name="quantity" value={quantity} />
      {source ? <input type="hidden" name="contentId" value={source.contentId} /> : null}
      <Button type="submit" loading={pending} disabled={disabled}>
        {pending ? null : <CartIcon className="size-5" />}
        {disabled ? t('unavailable') : pending ? t('adding') : t('add')}
      </Button>
      {state.status === 'ok' ? (
        <Link href="/cart" className="self-center py-2 text-sm font-semibold text-brand-800 underline underline-offset-2">
          {t('viewCart')}
        </Link>
      ) : null}
    </form>
  );
}
