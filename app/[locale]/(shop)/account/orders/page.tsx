import { getFormatter, getTranslations } from 'next-intl/server';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { Link } from '@/i18n/navigation';
import { requireUser } from '@/lib/auth/require';
import { formatCents } from '@/lib/money';
import { listCustomerOrders } from '@/lib/orders/list-customer-orders';
import { AccountNav } from '@/components/account/account-nav';
import { OrderStatusBadge } from '@/components/orders/order-status-badge';
import { ButtonLink } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'orders.account' });
  return { title: t('title'), robots: { index: false } };
}

export default async function OrdersPage({ params }: Props) {
  const locale = await pageLocale(params);
  const user = await requireUser('/account/orders');
  const [orders, tAccount, t, format] = await Promise.all([
    listCustomerOrders(user.id),
    getTranslations('account'),
    getTranslations('orders.account'),
    getFormatter(),
  ]);
  return (
    <Container size="narrow" className="py-8">
      <h1 className="text-2xl font-bold sm:text-3xl">{tAccount('title')}</h1>
      <AccountNav current="orders" />
      {orders.length === 0 ? (
        <EmptyState className="mt-6" title={t('empty')} action={<ButtonLink href="/">{t('emptyAction')}</ButtonLink>} />
      ) : (
        <Table caption={t('title')} hideCaption wrapperClassName="mt-6">
          <THead>
            <Tr>
              <Th>{t('number')}</Th>
              <Th>{t('date')}</Th>
              <Th>{t('status')}</Th>
              <Th className="text-right">{t('total')}</Th>
            </Tr>
          </THead>
          <TBody>
            {orders.map((order) => (
              <Tr key={order.id}>
                <Td>
                  <Link
                    href={`/account/orders/${order.number}`}
                    className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline underline-offset-2"
                    aria-label={t('view', { number: String(order.number) })}
                  >
                    {order.number}
                  </Link>
                </Td>
                <Td className="whitespace-nowrap">{format.dateTime(order.placedAt, { dateStyle: 'medium' })}</Td>
                <Td>
                  <OrderStatusBadge status={order.status} />
                </Td>
                <Td className="text-right tabular-nums whitespace-nowrap">{formatCents(order.totalCents, locale, order.currency)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </Container>
  );
}
