'use client';

import { useState } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Textarea } from '@/components/ui/textarea';
import { receiveReturnAction } from '@/lib/actions/return-desk-receive';
import { formatCents } from '@/lib/money';
import { computeReturnRefund } from '@/lib/returns/compute-return-refund';
import type { DeskReceiveView } from '@/lib/returns/desk-receive-view';
import { ReceiveLine, type LineChoice } from './receive-line';

type Props = {
  storeId: string;
  /** A registered return, or (walk-in) the order. */
  target: { returnId: string } | { orderId: string };
  view: Omit<DeskReceiveView, 'customer' | 'placedAt' | 'pickupStoreName'>;
  isOwner: boolean;
  locale: string;
};

/**
 * Taking goods back: quantities pre-filled from the shopper's announcement, resaleable and back
 * on sale by default, the refund summed as staff go, and one "Receive and refund" button.
 * Outside the return window only the owner can go on, with a reason.
 */
export function ReceiveForm({ storeId, target, view, isOwner, locale }: Props) {
  const t = useTranslations('storeReturns.receive');
  const format = useFormatter();
  const { state, pending, onSubmit, errors } = useServerForm(receiveReturnAction);
  const [choices, setChoices] = useState<Record<string, LineChoice>>(() =>
    Object.fromEntries(view.lines.map((line) => [line.orderLineId, { quantity: line.prefill, condition: 'RESALEABLE', restock: true }])),
  );
  const money = (cents: number) => formatCents(cents, locale, view.currency);
  const refund = computeReturnRefund({
    lines: view.lines.map((line) => ({ id: line.orderLineId, quantity: line.quantity, unitPriceCents: line.unitPriceCents, cancelled: line.cancelled, returnedQuantity: line.returnedQuantity })),
    returning: Object.fromEntries(Object.entries(choices).map(([id, choice]) => [id, choice.quantity])),
    shippingCents: view.shippingCents,
    paidCents: view.paidCents,
    refundedCents: view.refundedCents,
  });
  const selected = Object.values(choices).some((choice) => choice.quantity > 0);
  const anythingReturnable = view.lines.some((line) => line.returnableQuantity > 0);
  const mayProceed = anythingReturnable && (view.refusal === null || (view.refusal === 'outsideWindow' && isOwner));
  const linesJson = JSON.stringify(view.lines.map((line) => ({ orderLineId: line.orderLineId, ...choices[line.orderLineId] })));

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4">
      <input type="hidden" name="storeId" value={storeId} />
      {'returnId' in target ? <input type="hidden" name="returnId" value={target.returnId} /> : <input type="hidden" name="orderId" value={target.orderId} />}
      <input type="hidden" name="lines" value={linesJson} />

      <WindowNotice view={view} isOwner={isOwner} date={(value) => format.dateTime(value, { dateStyle: 'medium' })} />

      <h2 className="text-xl font-semibold">{t('linesTitle')}</h2>
      <ul className="flex flex-col gap-3">
        {view.lines.map((line) => (
          <ReceiveLine
            key={line.orderLineId}
            line={line}
            choice={choices[line.orderLineId]}
            onChange={(choice) => setChoices((current) => ({ ...current, [line.orderLineId]: choice }))}
            locale={locale}
            currency={view.currency}
          />
        ))}
      </ul>

      {!anythingReturnable && view.refusal === null ? <p className="font-medium">{t('nothingReturnable')}</p> : null}

      {view.refusal === 'outsideWindow' && isOwner && anythingReturnable ? (
        <FormField label={t('overrideLabel')} hint={t('overrideHint')} error={errors.overrideReason} required>
          {(field) => <Textarea {...field} name="overrideReason" rows={2} maxLength={500} />}
        </FormField>
      ) : null}

      {mayProceed ? (
        <div className="sticky bottom-0 -mx-4 flex flex-col gap-2 border-t border-stone-300 bg-stone-50 px-4 py-3 sm:static sm:mx-0 sm:rounded-xl sm:border sm:bg-white sm:p-4">
          {refund.shippingCents > 0 ? <p className="text-stone-700">{t('shipping', { amount: money(refund.shippingCents) })}</p> : null}
          <p className="flex items-baseline justify-between text-lg">
            <span className="font-medium">{t('total')}</span>
            <span className="text-2xl font-bold tabular-nums">{money(refund.totalCents)}</span>
          </p>
          {refund.limitedByPaid ? <p className="text-sm text-stone-700">{t('limited')}</p> : null}
          {view.paymentProvider && refund.totalCents > 0 ? <p className="text-sm text-stone-700">{t(`how${view.paymentProvider}`)}</p> : null}
          <Button type="submit" size="lg" fullWidth loading={pending} disabled={!selected}>
            {refund.totalCents > 0 ? t('submit', { amount: money(refund.totalCents) }) : t('submitNoRefund')}
          </Button>
          {!selected ? <p className="text-sm text-stone-700">{t('selectSomething')}</p> : null}
          {errors.lines ? <p className="text-sm font-medium text-red-700">{errors.lines}</p> : null}
          <ServerFormStatus state={state} />
        </div>
      ) : null}
    </form>
  );
}

/** The return window, or why nothing of the order can be taken back (unpaid, cancelled, ...). */
function WindowNotice({ view, isOwner, date }: { view: Props['view']; isOwner: boolean; date: (value: Date) => string }) {
  const t = useTranslations('storeReturns');
  const refused = view.refusal === 'outsideWindow' ? null : view.refusal;
  if (refused || view.windowEndsAt === null) {
    return <p className="rounded-lg border border-amber-600/40 bg-amber-50 p-3 text-amber-900">{t(`errors.${refused ?? 'notReceived'}`)}</p>;
  }
  if (view.withinWindow) return <p className="text-stone-700">{t('receive.windowOpen', { date: date(view.windowEndsAt) })}</p>;
  return (
    <div role="alert" className="rounded-lg border border-amber-600/40 bg-amber-50 p-3 text-amber-900">
      <p className="font-semibold">{t('receive.windowClosed', { date: date(view.windowEndsAt) })}</p>
      {isOwner ? null : <p>{t('receive.windowOwnerOnly')}</p>}
    </div>
  );
}
