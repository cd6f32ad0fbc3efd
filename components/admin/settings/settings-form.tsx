'use client';

import { useTranslations } from 'next-intl';
import { saveSettingsAction } from '@/lib/actions/admin-settings-save';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { Card, CardTitle } from '@/components/ui/card';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';

/** The settings as form text: euros with a decimal comma or point ("6,90"), empty = not set. */
export type SettingsFormValues = {
  shopName: string;
  businessId: string;
  contactEmail: string;
  contactPhone: string;
  deliveryPrice: string;
  parcelLockerPrice: string;
  freeOver: string;
  reservationMinutes: string;
  returnWindowDays: string;
};

/** Shop name and contact, shipping prices and the free-shipping threshold, stock holds and returns. */
export function SettingsForm({ values }: { values: SettingsFormValues }) {
  const t = useTranslations('adminSettings.form');
  const { state, pending, onSubmit, errors } = useServerForm(saveSettingsAction);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      <Card as="section" aria-labelledby="settings-shop">
        <CardTitle id="settings-shop">{t('shopTitle')}</CardTitle>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          <FormField label={t('shopName')} hint={t('shopNameHint')} error={errors.shopName} required className="sm:col-span-2">
            {(field) => <Input {...field} name="shopName" defaultValue={values.shopName} maxLength={100} />}
          </FormField>
          <FormField label={t('businessId')} hint={t('businessIdHint')} error={errors.businessId}>
            {(field) => <Input {...field} name="businessId" defaultValue={values.businessId} maxLength={9} inputMode="numeric" />}
          </FormField>
          <FormField label={t('contactEmail')} hint={t('contactEmailHint')} error={errors.contactEmail}>
            {(field) => <Input {...field} name="contactEmail" type="email" defaultValue={values.contactEmail} />}
          </FormField>
          <FormField label={t('contactPhone')} error={errors.contactPhone}>
            {(field) => <Input {...field} name="contactPhone" type="tel" defaultValue={values.contactPhone} />}
          </FormField>
        </div>
      </Card>

      <Card as="section" aria-labelledby="settings-shipping">
        <CardTitle id="settings-shipping">{t('shippingTitle')}</CardTitle>
        <p className="mt-1 text-sm text-stone-700">{t('shippingHint')}</p>
        <div className="mt-4 grid gap-4 sm:grid-cols-3">
          <FormField label={t('deliveryPrice')} error={errors.deliveryPrice} required>
            {(field) => <Input {...field} name="deliveryPrice" defaultValue={values.deliveryPrice} inputMode="decimal" className="max-w-40" />}
          </FormField>
          <FormField label={t('parcelLockerPrice')} error={errors.parcelLockerPrice} required>
            {(field) => <Input {...field} name="parcelLockerPrice" defaultValue={values.parcelLockerPrice} inputMode="decimal" className="max-w-40" />}
          </FormField>
          <FormField label={t('freeOver')} hint={t('freeOverHint')} error={errors.freeOver}>
            {(field) => <Input {...field} name="freeOver" defaultValue={values.freeOver} inputMode="decimal" className="max-w-40" />}
          </FormField>
        </div>
      </Card>

      <Card as="section" aria-labelledby="settings-orders">
        <CardTitle id="settings-orders">{t('ordersTitle')}</CardTitle>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          <FormField label={t('reservationMinutes')} hint={t('reservationHint')} error={errors.reservationMinutes} required>
            {(field) => <Input {...field} name="reservationMinutes" defaultValue={values.reservationMinutes} inputMode="numeric" className="max-w-32" />}
          </FormField>
          <FormField label={t('returnWindowDays')} hint={t('returnWindowHint')} error={errors.returnWindowDays} required>
            {(field) => <Input {...field} name="returnWindowDays" defaultValue={values.returnWindowDays} inputMode="numeric" className="max-w-32" />}
          </FormField>
        </div>
      </Card>

      <ServerFormStatus state={state} />
      <div>
        <Button type="submit" loading={pending}>
          {t('save')}
        </Button>
      </div>
    </form>
  );
}
