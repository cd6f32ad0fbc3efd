'use client';

import { useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { parseAmountToCents } from '@/lib/money';
import type { SaleLine } from './sale-state';

type Props = { line: SaleLine; onSave: (override: SaleLine['override']) => void; onCancel: () => void };

/** A line's new unit price (or a discount in per cent) and the reason, for staff allowed to change prices. */
export function PriceOverrideForm({ line, onSave, onCancel }: Props) {
  const t = useTranslations('storeCounter.override');
  const [errors, setErrors] = useState<{ price?: string; reason?: string }>({});

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = String(data.get('price') ?? '').trim();
    const reason = String(data.get('reason') ?? '').trim();
    const percent = /^(\d{1,2})\s*%$/.exec(text);
    const cents = percent ? Math.round((line.priceCents * (100 - Number(percent[1]))) / 100) : parseAmountToCents(text);
    const next = {
      price: cents === null || cents < 0 ? t('priceInvalid') : undefined,
      reason: reason ? undefined : t('reasonRequired'),
    };
    setErrors(next);
    if (next.price || next.reason || cents === null) return;
    onSave(cents === line.priceCents ? undefined : { unitPriceCents: cents, reason: reason.slice(0, 200) });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex w-full flex-col gap-2 rounded-lg bg-stone-50 p-2">
      <FormField label={t('price')} hint={t('priceHint')} error={errors.price} required>
        {(field) => <Input {...field} name="price" inputMode="decimal" autoComplete="off" autoFocus />}
      </FormField>
      <FormField label={t('reason')} error={errors.reason} required>
        {(field) => <Input {...field} name="reason" maxLength={200} autoComplete="off" />}
      </FormField>
      <div className="flex gap-2">
        <Button type="submit">{t('save')}</Button>
        <Button variant="ghost" onClick={onCancel}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
