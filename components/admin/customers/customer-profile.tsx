import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { AdminCustomer } from '@/lib/admin/customers/get-admin-customer';
import { formatCents } from '@/lib/money';

/** Who the customer is, when they were last seen, and what they have spent (paid minus refunded). */
export function CustomerProfile({ customer }: { customer: AdminCustomer }) {
  const t = useTranslations('adminCustomers.page');
  const format = useFormatter();
  const locale = useLocale();
  const { user, money } = customer;
  const date = (value: Date | null) => (value ? format.dateTime(value, { dateStyle: 'medium', timeStyle: 'short' }) : t('never'));
  const rows: [string, string][] = [
    [t('email'), user.email],
    [t('phone'), user.phone ?? '–'],
    [t('language'), t(`languages.${user.locale}`)],
    [t('role'), t(`roles.${user.role}`)],
    [t('since'), format.dateTime(user.createdAt, { dateStyle: 'medium' })],
    [t('lastSeen'), date(user.lastSeenAt)],
    [t('verified'), user.emailVerified ? t('yes') : t('no')],
  ];
  return (
    <div className="grid gap-6 sm:grid-cols-2">
      <section aria-labelledby="customer-profile" className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="customer-profile" className="text-lg font-semibold">
          {t('profile')}
        </h2>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-stone-700">{label}</dt>
              <dd className="break-all">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="customer-summary" className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="customer-summary" className="text-lg font-semibold">
          {t('summary')}
        </h2>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="text-stone-700">{t('orderCount')}</dt>
          <dd className="tabular-nums">{customer.orderCount}</dd>
          <dt className="text-stone-700">{t('spent')}</dt>
          <dd className="text-xl font-bold tabular-nums">{formatCents(money.paidCents - money.refundedCents, locale)}</dd>
        </dl>
        <p className="mt-1 text-sm text-stone-700">{t('paidRefunded', { paid: formatCents(money.paidCents, locale), refunded: formatCents(money.refundedCents, locale) })}</p>
      </section>
    </div>
  );
}
