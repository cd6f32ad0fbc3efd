'use client';

import { useTranslations } from 'next-intl';
import { saveAdminStoreAction } from '@/lib/actions/admin-store-save';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { Card, CardTitle } from '@/components/ui/card';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { CheckField } from './check-field';
import { DayHoursRow } from './day-hours-row';
import type { StoreFormValues } from './store-form-values';

/** Creates or edits a store: name and address, click & collect and returns, weekly opening hours. */
export function StoreForm({ values }: { values: StoreFormValues }) {
  const t = useTranslations('adminStores.form');
  const { state, pending, onSubmit, errors } = useServerForm(saveAdminStoreAction);
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 flex flex-col gap-6">
      {values.storeId ? <input type="hidden" name="storeId" value={values.storeId} /> : null}

      <Card as="section" aria-labelledby="store-basics">
        <CardTitle id="store-basics">{t('basics')}</CardTitle>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          <FormField label={t('name')} error={errors.name} required>
            {(field) => <Input {...field} name="name" defaultValue={values.name} maxLength={100} />}
          </FormField>
          <FormField label={t('slug')} hint={t('slugHint')} error={errors.slug}>
            {(field) => <Input {...field} name="slug" defaultValue={values.slug} maxLength={60} autoCapitalize="none" spellCheck={false} />}
          </FormField>
          <FormField label={t('kind')} error={errors.kind} required>
            {(field) => (
              <Select {...field} name="kind" defaultValue={values.kind}>
                <option value="STORE">{t('kinds.STORE')}</option>
                <option value="WAREHOUSE">{t('kinds.WAREHOUSE')}</option>
              </Select>
            )}
          </FormField>
          <FormField label={t('position')} hint={t('positionHint')} error={errors.position} required>
            {(field) => <Input {...field} name="position" defaultValue={values.position} inputMode="numeric" className="max-w-32" />}
          </FormField>
        </div>
      </Card>

      <Card as="section" aria-labelledby="store-address">
        <CardTitle id="store-address">{t('addressTitle')}</CardTitle>
        <p className="mt-1 text-sm text-stone-700">{t('addressHint')}</p>
        <div className="mt-4 grid gap-4 sm:grid-cols-[2fr_1fr_2fr]">
          <FormField label={t('street')} error={errors.street}>
            {(field) => <Input {...field} name="street" defaultValue={values.street} autoComplete="off" maxLength={200} />}
          </FormField>
          <FormField label={t('postalCode')} error={errors.postalCode}>
            {(field) => <Input {...field} name="postalCode" defaultValue={values.postalCode} inputMode="numeric" maxLength={5} />}
          </FormField>
          <FormField label={t('city')} error={errors.city}>
            {(field) => <Input {...field} name="city" defaultValue={values.city} maxLength={100} />}
          </FormField>
        </div>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          <FormField label={t('phone')} error={errors.phone}>
            {(field) => <Input {...field} name="phone" type="tel" defaultValue={values.phone} />}
          </FormField>
          <FormField label={t('email')} error={errors.email}>
            {(field) => <Input {...field} name="email" type="email" defaultValue={values.email} />}
          </FormField>
          <FormField label={t('latitude')} hint={t('coordinatesHint')} error={errors.latitude}>
            {(field) => <Input {...field} name="latitude" defaultValue={values.latitude} inputMode="decimal" />}
          </FormField>
          <FormField label={t('longitude')} hint={t('coordinatesHint')} error={errors.longitude}>
            {(field) => <Input {...field} name="longitude" defaultValue={values.longitude} inputMode="decimal" />}
          </FormField>
        </div>
      </Card>

      <Card as="section" aria-labelledby="store-services">
        <CardTitle id="store-services">{t('servicesTitle')}</CardTitle>
        <p className="mt-1 text-sm text-stone-700">{t('servicesHint')}</p>
        <div className="mt-4 flex flex-col gap-2">
          <CheckField name="pickupEnabled" label={t('pickupEnabled')} hint={t('pickupEnabledHint')} error={errors.pickupEnabled} defaultChecked={values.pickupEnabled} />
          <CheckField name="returnsEnabled" label={t('returnsEnabled')} hint={t('returnsEnabledHint')} error={errors.returnsEnabled} defaultChecked={values.returnsEnabled} />
        </div>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          <FormField label={t('preparationMinutes')} hint={t('preparationHint')} error={errors.preparationMinutes} required>
            {(field) => <Input {...field} name="preparationMinutes" defaultValue={values.preparationMinutes} inputMode="numeric" className="max-w-32" />}
          </FormField>
          <FormField label={t('pickupDeadlineDays')} hint={t('deadlineHint')} error={errors.pickupDeadlineDays} required>
            {(field) => <Input {...field} name="pickupDeadlineDays" defaultValue={values.pickupDeadlineDays} inputMode="numeric" className="max-w-32" />}
          </FormField>
        </div>
      </Card>

      <Card as="section" aria-labelledby="store-hours">
        <CardTitle id="store-hours">{t('hoursTitle')}</CardTitle>
        <p className="mt-1 text-sm text-stone-700">{t('hoursHint')}</p>
        <div className="mt-2">
          {[1, 2, 3, 4, 5, 6, 7].map((day) => (
            <DayHoursRow key={day} day={day} initial={values.hours[day]} errors={errors} />
          ))}
        </div>
      </Card>

      <ServerFormStatus state={state} />
      <div>
        <Button type="submit" loading={pending}>
          {values.storeId ? t('save') : t('create')}
        </Button>
      </div>
    </form>
  );
}
