import { getFormatter, getTranslations } from 'next-intl/server';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { requireUser } from '@/lib/auth/require';
import { formatCents } from '@/lib/money';
import { listCustomerOrders } from '@/lib/orders/list-customer-orders';
import { AccountNav } from '@/components/account/account-nav';
import { ButtonLink } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'account.orders' });
  return { title: t('title') };
}

export default async function OrdersPage({ params }: Props) {
  const locale = await pageLocale(params);
  const user = await requireUser('/account/orders');
  const [orders, t, format] = await Promise.all([listCustomerOrders(user.id), getTranslations('account'), getFormatter()]);
  return (
    <Container size="narrow" className="py-8">
      <h1 className="text-2xl font-bold sm:text-3xl">{t('title')}</h1>
      <AccountNav current="orders" />
      {orders.length === 0 ? (
        <EmptyState className="mt-6" title={t('orders.empty')} action={<ButtonLink href="/">{t('orders.emptyAction')}</ButtonLink>} />
      ) : (
        <Table caption={t('orders.title')} hideCaption wrapperClassName="mt-6">
          <THead>
            <Tr>
              <Th>{t('orders.number')}</Th>
              <Th>{t('orders.date')}</Th>
              <Th>{t('orders.status')}</Th>
              <Th className="text-right">{t('orders.total')}</Th>
            </Tr>
          </THead>
          <TBody>
            {orders.map((order) => (
              <Tr key={order.id}>
                <Td>{order.number}</Td>
                <Td>{format.dateTime(order.placedAt, { dateStyle: 'medium' })}</Td>
                <Td>{t(`orders.statuses.${order.status}`)}</Td>
                <Td className="text-right tabular-nums">{formatCents(order.totalCents, locale, order.currency)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </Container>
  );
}
