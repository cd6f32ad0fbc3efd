'use client';

import { useTranslations } from 'next-intl';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { closeStoreDayAction, correctStoreDayAction } from '@/lib/actions/counter-close-day';

type Props = { storeId: string; date: string; kind: 'close' | 'correct' };

/**
 * What staff counted: the cash in the drawer and the card terminal's day total, and why they
 * differ from what the shop expects (required then). The same form makes a correction entry.
 */
export function DayCloseForm({ storeId, date, kind }: Props) {
  const t = useTranslations('storeCounter.close');
  const { state, pending, onSubmit, errors } = useServerForm(kind === 'close' ? closeStoreDayAction : correctStoreDayAction);
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-4">
      <input type="hidden" name="storeId" value={storeId} />
      <input type="hidden" name="date" value={date} />
      <ServerFormStatus state={state} />
      <FormField label={t('countedCash')} hint={t('countedCashHint')} error={errors.countedCash} required>
        {(field) => <Input {...field} name="countedCash" inputMode="decimal" autoComplete="off" />}
      </FormField>
      <FormField label={t('terminalTotal')} hint={t('terminalTotalHint')} error={errors.terminalTotal} required>
        {(field) => <Input {...field} name="terminalTotal" inputMode="decimal" autoComplete="off" />}
      </FormField>
      <FormField label={t('reason')} hint={kind === 'close' ? t('reasonHint') : t('correctionReasonHint')} error={errors.reason} required={kind === 'correct'}>
        {(field) => <Textarea {...field} name="reason" rows={3} maxLength={500} />}
      </FormField>
      <Button type="submit" size="lg" loading={pending}>
        {kind === 'close' ? t('submit') : t('correct')}
      </Button>
    </form>
  );
}
