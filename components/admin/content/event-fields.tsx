'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Card, CardTitle } from '@/components/ui/card';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import type { ContentEditorValues } from './editor-values';
import { ProductPicker } from './product-picker';

type Props = {
  event: NonNullable<ContentEditorValues['event']>;
  stores: { id: string; name: string }[];
  errors: Record<string, string>;
};

/** An event page's event: store, Helsinki times, places, status and featured products (fields "event.*"). */
export function EventFields({ event, stores, errors }: Props) {
  const t = useTranslations('adminContent.event');
  const [featured, setFeatured] = useState(event.featuredProducts);
  return (
    <Card as="section" aria-labelledby="content-event" className="grid gap-4 md:grid-cols-2">
      <CardTitle id="content-event" className="md:col-span-2">
        {t('heading')}
      </CardTitle>
      <p className="text-sm text-stone-700 md:col-span-2">{t('sharedHint')}</p>
      <FormField label={t('store')} error={errors['event.storeId']} required>
        {(field) => (
          <Select {...field} name="event.storeId" defaultValue={event.storeId}>
            <option value="">{t('chooseStore')}</option>
            {stores.map((store) => (
              <option key={store.id} value={store.id}>
                {store.name}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField label={t('capacity')} error={errors['event.capacity']} required>
        {(field) => <Input {...field} name="event.capacity" type="number" inputMode="numeric" min={1} max={10000} defaultValue={event.capacity} />}
      </FormField>
      <FormField label={t('startsAt')} hint={t('timeHint')} error={errors['event.startsAt']} required>
        {(field) => <Input {...field} name="event.startsAt" type="datetime-local" defaultValue={event.startsAt} />}
      </FormField>
      <FormField label={t('endsAt')} hint={t('timeHint')} error={errors['event.endsAt']} required>
        {(field) => <Input {...field} name="event.endsAt" type="datetime-local" defaultValue={event.endsAt} />}
      </FormField>
      <FormField label={t('status')} hint={t('statusHint')} error={errors['event.status']}>
        {(field) => (
          <Select {...field} name="event.status" defaultValue={event.status}>
            <option value="SCHEDULED">{t('statuses.SCHEDULED')}</option>
            <option value="CANCELLED">{t('statuses.CANCELLED')}</option>
          </Select>
        )}
      </FormField>
      <div className="md:col-span-2">
        {featured.map((product) => (
          <input key={product.id} type="hidden" name="event.featuredProductIds" value={product.id} />
        ))}
        <ProductPicker
          label={t('featured')}
          hint={t('featuredHint')}
          chosen={featured.map((product) => ({ value: product.id, name: product.name }))}
          onAdd={(product) => setFeatured((current) => [...current, { id: product.id, name: product.name }])}
          onRemove={(id) => setFeatured((current) => current.filter((product) => product.id !== id))}
          error={errors['event.featuredProductIds']}
        />
      </div>
    </Card>
  );
}
