import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { AdminCustomer } from '@/lib/admin/customers/get-admin-customer';
import { formatCents } from '@/lib/money';
import { Badge } from '@/components/ui/badge';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';

/** The customer's returns and event registrations. */
export function CustomerReturnsAndEvents({ customer }: { customer: AdminCustomer }) {
  const t = useTranslations('adminCustomers.page');
  const tOrderPage = useTranslations('adminOrders.page');
  const format = useFormatter();
  const locale = useLocale();
  const date = (value: Date) => <time dateTime={value.toISOString()}>{format.dateTime(value, { dateStyle: 'short', timeStyle: 'short' })}</time>;
  return (
    <>
      <section aria-labelledby="customer-returns" className="mt-8">
        <h2 id="customer-returns" className="text-lg font-semibold">
          {t('returns')}
        </h2>
        {customer.returns.length === 0 ? (
          <p className="mt-2">{t('noReturns')}</p>
        ) : (
          <Table caption={t('returnsCaption')} hideCaption wrapperClassName="mt-3">
            <THead>
              <Tr>
                <Th>{t('returnNumber')}</Th>
                <Th>{t('order')}</Th>
                <Th>{t('placed')}</Th>
                <Th>{t('status')}</Th>
                <Th className="text-right">{t('refund')}</Th>
              </Tr>
            </THead>
            <TBody>
              {customer.returns.map((ret) => (
                <Tr key={ret.id}>
                  <Td>{ret.number}</Td>
                  <Td>
                    <Link href={`/admin/orders/${ret.order.number}`} className="text-brand-800 underline">
                      {ret.order.number}
                    </Link>
                  </Td>
                  <Td className="whitespace-nowrap">{date(ret.createdAt)}</Td>
                  <Td>
                    <Badge>{tOrderPage(`returnStatuses.${ret.status}`)}</Badge>
                  </Td>
                  <Td className="text-right tabular-nums whitespace-nowrap">{formatCents(ret.refundTotalCents, locale)}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </section>
      <section aria-labelledby="customer-registrations" className="mt-8">
        <h2 id="customer-registrations" className="text-lg font-semibold">
          {t('registrations')}
        </h2>
        {customer.registrations.length === 0 ? (
          <p className="mt-2">{t('noRegistrations')}</p>
        ) : (
          <Table caption={t('registrationsCaption')} hideCaption wrapperClassName="mt-3">
            <THead>
              <Tr>
                <Th>{t('event')}</Th>
                <Th>{t('startsAt')}</Th>
                <Th className="text-right">{t('seats')}</Th>
                <Th>{t('status')}</Th>
                <Th>{t('checkedIn')}</Th>
              </Tr>
            </THead>
            <TBody>
              {customer.registrations.map((registration) => {
                const { event } = registration;
                const title = event.contents.find((content) => content.locale === locale)?.title ?? event.contents[0]?.title ?? t('untitledEvent', { store: event.store.name });
                return (
                  <Tr key={registration.id}>
                    <Td>
                      {title}
                      <span className="block text-sm text-stone-700">{event.store.name}</span>
                    </Td>
                    <Td className="whitespace-nowrap">{date(event.startsAt)}</Td>
                    <Td className="text-right tabular-nums">{registration.seats}</Td>
                    <Td>
                      <Badge>{t(`registrationStatuses.${registration.status}`)}</Badge>
                    </Td>
                    <Td>{registration.checkedInAt ? date(registration.checkedInAt) : '–'}</Td>
                  </Tr>
                );
              })}
            </TBody>
          </Table>
        )}
      </section>
    </>
  );
}
