'use client';

import { useEffect, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { handOverPickupAction } from '@/lib/actions/handover-pickup';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { cn } from '@/components/ui/cn';
import { formatCents } from '@/lib/money';
import type { AddOn } from '@/lib/pickups/suggest-add-ons';
import { AddOnPicker } from './add-on-picker';
import { HandoverAmounts } from './handover-amounts';
import { pickedLines, type PickedAddOns } from './picked-add-ons';

type Props = {
  storeId: string;
  storeSlug: string;
  number: number;
  /** From the QR's link (`?code=`): prefilled, so a paid order takes one tap. */
  code: string;
  /** Pay-at-pickup: the order's balance to take at the counter (0 when paid online). */
  dueCents: number;
  currency: string;
  /** Suggested add-ons on this store's shelf: ticked ones are sold and paid in the same step. */
  addOns: readonly AddOn[];
};

const METHODS = ['CASH', 'CARD_TERMINAL'] as const;

/**
 * The hand-over: add-ons if the customer takes any, how the customer paid (when anything is to be
 * paid), the code, and ONE button that checks the code, hands the order over and sells the
 * add-ons. On success the page reloads in its picked-up state.
 */
export function HandoverForm({ storeId, storeSlug, number, code, dueCents, currency, addOns }: Props) {
  const t = useTranslations('storeHandover');
  const locale = useLocale();
  const router = useRouter();
  const { state, pending, onSubmit, errors } = useServerForm(handOverPickupAction);
  const [picked, setPicked] = useState<PickedAddOns>({});
  const lines = pickedLines(addOns, picked);
  const addOnsCents = lines.reduce((sum, line) => sum + line.lineCents, 0);
  const takeNowCents = dueCents + addOnsCents;

  useEffect(() => {
    if (state.status === 'ok') router.replace(`/store/${storeSlug}/handover/${number}?done=1`);
  }, [state.status, router, storeSlug, number]);

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <input type="hidden" name="storeId" value={storeId} />
      <input type="hidden" name="number" value={number} />
      <input type="hidden" name="addOns" value={JSON.stringify(lines.map(({ variantId, quantity }) => ({ variantId, quantity })))} />
      <input type="hidden" name="addOnsCents" value={addOnsCents} />
      {addOns.length > 0 ? <AddOnPicker addOns={addOns} currency={currency} picked={picked} onChange={setPicked} error={errors.addOns} /> : null}
      {addOnsCents > 0 ? <HandoverAmounts addOnsCents={addOnsCents} dueCents={dueCents} currency={currency} /> : null}
      {takeNowCents > 0 ? (
        <fieldset aria-describedby={errors.paymentMethod ? 'payment-method-error' : undefined} className="flex flex-col gap-2">
          <legend className="mb-2 font-medium text-stone-900">
            {t('handover.paymentMethod')} <span className="font-semibold">{formatCents(takeNowCents, locale, currency)}</span>
          </legend>
          <div className="grid grid-cols-2 gap-3">
            {METHODS.map((method) => (
              <label
                key={method}
                className={cn(
                  'flex min-h-14 cursor-pointer items-center gap-3 rounded-xl border-2 bg-white px-4 text-lg font-semibold',
                  'has-checked:border-brand-700 has-checked:bg-brand-50 has-focus-visible:outline-3 has-focus-visible:outline-brand-700',
                  errors.paymentMethod ? 'border-red-700' : 'border-stone-400',
                )}
              >
                <input type="radio" name="paymentMethod" value={method} required className="size-5 accent-brand-700" />
                {t(`handover.${method}`)}
              </label>
            ))}
          </div>
          {errors.paymentMethod ? (
            <p id="payment-method-error" className="text-sm font-medium text-red-700">
              {errors.paymentMethod}
            </p>
          ) : null}
        </fieldset>
      ) : null}
      <FormField label={t('handover.code')} hint={t('handover.codeHint')} error={errors.code} required>
        {(field) => (
          <Input
            {...field}
            name="code"
            defaultValue={code}
            autoFocus={!code}
            inputMode="text"
            autoCapitalize="characters"
            autoComplete="off"
            autoCorrect="off"
            spellCheck={false}
            maxLength={40}
            className="min-h-12 font-mono text-xl tracking-widest uppercase"
          />
        )}
      </FormField>
      <ServerFormStatus state={state} />
      <Button type="submit" size="lg" fullWidth loading={pending || state.status === 'ok'}>
        {takeNowCents > 0 ? t('handover.submitPaid') : t('handover.submit')}
      </Button>
    </form>
  );
}
