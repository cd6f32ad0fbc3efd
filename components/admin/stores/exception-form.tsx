'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { saveStoreExceptionAction } from '@/lib/actions/admin-store-exception-save';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';

/** Adds (or replaces) an exceptional day: closed, or other hours, with a note in Finnish and English. */
export function ExceptionForm({ storeId, today }: { storeId: string; today: string }) {
  const t = useTranslations('adminStores.exceptions');
  const { state, pending, onSubmit, errors } = useServerForm(saveStoreExceptionAction);
  const [kind, setKind] = useState<'closed' | 'hours'>('closed');
  // A saved exception empties the form for the next one.
  const [round, setRound] = useState(0);
  const [lastState, setLastState] = useState(state);
  if (state !== lastState) {
    setLastState(state);
    if (state.status === 'ok') setRound(round + 1);
  }
  return (
    <form key={round} onSubmit={onSubmit} noValidate className="mt-4 flex flex-col gap-4 rounded-lg border border-stone-200 p-4">
      <h3 className="font-semibold">{t('addTitle')}</h3>
      <input type="hidden" name="storeId" value={storeId} />
      <FormField label={t('date')} error={errors.date} required>
        {(field) => <Input {...field} name="date" type="date" min={today} className="max-w-48" />}
      </FormField>
      <fieldset>
        <legend className="font-medium text-stone-900">{t('kindLegend')}</legend>
        <div className="mt-1 flex flex-wrap gap-x-6">
          {(['closed', 'hours'] as const).map((value) => (
            <label key={value} className="flex min-h-11 items-center gap-2">
              <input type="radio" name="closed" value={value} checked={kind === value} onChange={() => setKind(value)} className="size-5 accent-brand-700" />
              {t(`kinds.${value}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {kind === 'hours' ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label={t('opens')} error={errors.opens} required>
            {(field) => <Input {...field} name="opens" inputMode="numeric" placeholder="10:00" className="max-w-32" />}
          </FormField>
          <FormField label={t('closes')} error={errors.closes} required>
            {(field) => <Input {...field} name="closes" inputMode="numeric" placeholder="15:00" className="max-w-32" />}
          </FormField>
        </div>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label={t('noteFi')} hint={t('noteHint')} error={errors.noteFi}>
          {(field) => <Input {...field} name="noteFi" maxLength={200} lang="fi" />}
        </FormField>
        <FormField label={t('noteEn')} error={errors.noteEn}>
          {(field) => <Input {...field} name="noteEn" maxLength={200} lang="en" />}
        </FormField>
      </div>
      <ServerFormStatus state={state} />
      <div>
        <Button type="submit" loading={pending}>
          {t('add')}
        </Button>
      </div>
    </form>
  );
}
