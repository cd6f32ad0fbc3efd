import { getTranslations } from 'next-intl/server';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { getSettingsStatus } from '@/lib/admin/settings/get-settings-status';
import { requireOwner } from '@/lib/auth/require';
import { getShopSettings } from '@/lib/settings/get-shop-settings';
import { SettingsForm, type SettingsFormValues } from '@/components/admin/settings/settings-form';
import { SettingsStatus } from '@/components/admin/settings/settings-status';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'adminSettings' });
  return { title: t('title') };
}

/** Cents as the owner types euros: 690 -> "6,90" (fi) or "6.90" (en). */
function euros(cents: number, locale: string): string {
  const text = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
  return locale === 'fi' ? text.replace('.', ',') : text;
}

export default async function AdminSettingsPage({ params }: Props) {
  const locale = await pageLocale(params);
  await requireOwner('/admin/settings');
  const [settings, status, t] = await Promise.all([getShopSettings(), getSettingsStatus(), getTranslations('adminSettings')]);
  const values: SettingsFormValues = {
    shopName: settings.shopName,
    businessId: settings.businessId ?? '',
    contactEmail: settings.contact.email ?? '',
    contactPhone: settings.contact.phone ?? '',
    deliveryPrice: euros(settings.shipping.deliveryCents, locale),
    parcelLockerPrice: euros(settings.shipping.parcelLockerCents, locale),
    freeOver: settings.shipping.freeOverCents === null ? '' : euros(settings.shipping.freeOverCents, locale),
    reservationMinutes: String(settings.reservationMinutes),
    returnWindowDays: String(settings.returnWindowDays),
  };
  return (
    <div>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-1 max-w-prose text-stone-700">{t('intro')}</p>
      <div className="mt-6">
        <SettingsForm values={values} />
      </div>
      <h2 className="mt-10 text-xl font-semibold">{t('status.title')}</h2>
      <p className="mt-1 max-w-prose text-stone-700">{t('status.intro')}</p>
      <div className="mt-4">
        <SettingsStatus status={status} />
      </div>
    </div>
  );
}
