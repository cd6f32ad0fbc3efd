'use client';

import { useTranslations } from 'next-intl';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { cancelUnpaidOrdersAction } from '@/lib/actions/admin-orders-cancel-unpaid';

type Props = {
  /** The list's filter as URL parameters (status, q, from, …), sent along so the action cancels the same orders. */
  filter: Record<string, string>;
  /** How many unpaid orders the filter finds now. */
  count: number;
};

/**
 * Below the order list: cancel every unpaid order the current filter finds (for example a
 * script's orders from one address), after ticking that the owner means it.
 */
export function CancelUnpaidForm({ filter, count }: Props) {
  const t = useTranslations('adminOrders.bulkCancel');
  const { state, pending, onSubmit, errors } = useServerForm(cancelUnpaidOrdersAction);
  return (
    <section aria-labelledby="bulk-cancel-title" className="mt-8 rounded-lg border border-red-200 bg-red-50/50 p-4">
      <h2 id="bulk-cancel-title" className="text-lg font-semibold text-stone-900">
        {t('title')}
      </h2>
      <p className="mt-1 max-w-prose text-stone-800">{t('intro', { count })}</p>
      <form onSubmit={onSubmit} className="mt-3 flex flex-col gap-3" noValidate>
        {Object.entries(filter).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <label className="flex min-h-11 items-center gap-3">
          <input type="checkbox" name="confirm" className="size-5 accent-red-700" aria-invalid={errors.confirm ? true : undefined} />
          <span>{t('confirm', { count })}</span>
        </label>
        <ServerFormStatus state={state} />
        <Button type="submit" variant="danger" loading={pending} className="self-start">
          {t('submit', { count })}
        </Button>
      </form>
    </section>
  );
}
