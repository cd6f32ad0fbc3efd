import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { AdminCustomerRow } from '@/lib/admin/customers/list-admin-customers';
import { formatCents } from '@/lib/money';
import { Badge } from '@/components/ui/badge';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';

type Props = { rows: readonly AdminCustomerRow[]; page: number; pageCount: number };

/** One page of customers: name (a link to their page), e-mail, orders, money spent, last order, last seen. */
export function CustomerListTable({ rows, page, pageCount }: Props) {
  const t = useTranslations('adminCustomers.list');
  const format = useFormatter();
  const locale = useLocale();
  const date = (value: Date | null) => (value ? <time dateTime={value.toISOString()}>{format.dateTime(value, { dateStyle: 'short' })}</time> : t('never'));
  return (
    <Table caption={t('caption', { page, pages: pageCount })} hideCaption wrapperClassName="mt-4">
      <THead>
        <Tr>
          <Th>{t('name')}</Th>
          <Th>{t('email')}</Th>
          <Th className="text-right">{t('orders')}</Th>
          <Th className="text-right">{t('spent')}</Th>
          <Th>{t('lastOrder')}</Th>
          <Th>{t('lastSeen')}</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((customer) => (
          <Tr key={customer.id}>
            <Td>
              <Link href={`/admin/customers/${customer.id}`} className="font-semibold text-brand-800 underline">
                {customer.name || t('noName')}
              </Link>
              {customer.active ? null : (
                <Badge className="ml-2" tone="neutral">
                  {t('erased')}
                </Badge>
              )}
            </Td>
            <Td>
              {customer.email}
              {customer.phone ? <span className="block text-stone-700">{customer.phone}</span> : null}
            </Td>
            <Td className="text-right tabular-nums">{customer.orders}</Td>
            <Td className="text-right tabular-nums whitespace-nowrap">{formatCents(customer.spentCents, locale)}</Td>
            <Td className="whitespace-nowrap">{date(customer.lastOrderAt)}</Td>
            <Td className="whitespace-nowrap">{date(customer.lastSeenAt)}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
