'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';

type Props = {
  day: number;
  initial: { opens: string; closes: string } | null;
  errors: Record<string, string>;
};

/** One weekday of the weekly hours: open or closed, and from when to when ("10:00"). */
export function DayHoursRow({ day, initial, errors }: Props) {
  const t = useTranslations('adminStores.form');
  const tDays = useTranslations('adminStores.weekdays');
  const [open, setOpen] = useState(initial !== null);
  const dayName = tDays(String(day) as '1');
  return (
    <fieldset className="grid gap-3 border-b border-stone-200 py-3 last:border-b-0 sm:grid-cols-[9rem_8rem_10rem_10rem] sm:items-start">
      <legend className="sr-only">{dayName}</legend>
      <p aria-hidden="true" className="font-semibold text-stone-900 sm:pt-2.5">
        {dayName}
      </p>
      <label className="flex min-h-11 items-center gap-3">
        <input
          type="checkbox"
          name={`open${day}`}
          checked={open}
          onChange={(event) => setOpen(event.target.checked)}
          className="size-5 accent-brand-700"
        />
        <span>{open ? t('open') : t('closed')}</span>
      </label>
      <FormField label={t('opens')} error={errors[`opens${day}`]}>
        {(field) => <Input {...field} name={`opens${day}`} defaultValue={initial?.opens ?? '10:00'} disabled={!open} inputMode="numeric" placeholder="10:00" className="max-w-32" />}
      </FormField>
      <FormField label={t('closes')} error={errors[`closes${day}`]}>
        {(field) => <Input {...field} name={`closes${day}`} defaultValue={initial?.closes ?? '18:00'} disabled={!open} inputMode="numeric" placeholder="18:00" className="max-w-32" />}
      </FormField>
    </fieldset>
  );
}
