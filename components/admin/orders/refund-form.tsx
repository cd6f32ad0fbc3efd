'use client';

import { useLocale, useTranslations } from 'next-intl';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { refundAdminOrderAction } from '@/lib/actions/admin-order-refund';
import { formatCents } from '@/lib/money';

type Props = {
  orderId: string;
  refundableCents: number;
  currency: string;
  /** A fresh id from the server per refund: the same form sent twice makes one refund. */
  nonce: string;
};

/** Refund part or all of what is left, with a required reason. */
export function RefundForm({ orderId, refundableCents, currency, nonce }: Props) {
  const t = useTranslations('adminOrders.refund');
  const locale = useLocale();
  const { state, pending, onSubmit, errors } = useServerForm(refundAdminOrderAction);
  return (
    <div>
      <p className="text-stone-700">{t('intro', { amount: formatCents(refundableCents, locale, currency) })}</p>
      {/* A new nonce (after a refund) gives an empty form for the next one. */}
      <form key={nonce} onSubmit={onSubmit} className="mt-3 flex flex-col gap-4" noValidate>
        <input type="hidden" name="orderId" value={orderId} />
        <input type="hidden" name="nonce" value={nonce} />
        <FormField label={t('amount')} hint={t('amountHint')} error={errors.amount} required>
          {(field) => <Input {...field} name="amount" inputMode="decimal" autoComplete="off" className="max-w-40" />}
        </FormField>
        <FormField label={t('reason')} hint={t('reasonHint')} error={errors.reason} required>
          {(field) => <Textarea {...field} name="reason" rows={2} maxLength={500} />}
        </FormField>
        <div>
          <Button type="submit" loading={pending}>
            {t('submit')}
          </Button>
        </div>
      </form>
      <ServerFormStatus state={state} />
    </div>
  );
}
