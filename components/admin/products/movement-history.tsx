import { getFormatter, getTranslations } from 'next-intl/server';
import type { listStockMovements } from '@/lib/admin/stock/list-stock-movements';
import { Link } from '@/i18n/navigation';
import { Pagination } from '@/components/catalog/pagination';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';

type History = Awaited<ReturnType<typeof listStockMovements>>;

/** The product's stock movements, latest first: when, where, what, how many, why, who, which order. */
export async function MovementHistory({ history, productId }: { history: History; productId: string }) {
  const [t, format] = await Promise.all([getTranslations('adminProducts.movements'), getFormatter()]);
  if (history.total === 0) return <EmptyState headingLevel={3} title={t('empty')} />;
  const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
  return (
    <>
      <Table caption={t('caption', { page: history.page, pageCount: history.pageCount })} hideCaption>
        <THead>
          <Tr>
            <Th>{t('when')}</Th>
            <Th>{t('variant')}</Th>
            <Th>{t('store')}</Th>
            <Th>{t('type')}</Th>
            <Th className="text-right">{t('onHandDelta')}</Th>
            <Th className="text-right">{t('reservedDelta')}</Th>
            <Th>{t('reason')}</Th>
            <Th>{t('who')}</Th>
            <Th>{t('order')}</Th>
          </Tr>
        </THead>
        <TBody>
          {history.items.map((movement) => (
            <Tr key={movement.id}>
              <Td className="whitespace-nowrap">{format.dateTime(movement.createdAt, { dateStyle: 'short', timeStyle: 'short' })}</Td>
              <Td>{movement.variant.sku}</Td>
              <Td>{movement.store.name}</Td>
              <Td>{t(`types.${movement.type}`)}</Td>
              <Td className="text-right tabular-nums">{movement.onHandDelta === 0 ? '' : signed(movement.onHandDelta)}</Td>
              <Td className="text-right tabular-nums">{movement.reservedDelta === 0 ? '' : signed(movement.reservedDelta)}</Td>
              <Td>{movement.reason ?? ''}</Td>
              <Td>{movement.actor ? (movement.actor.name ?? movement.actor.email) : t('system')}</Td>
              <Td>
                {movement.order ? <OrderLink number={movement.order.number} /> : null}
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      <Pagination
        page={history.page}
        pageCount={history.pageCount}
        hrefFor={(page) => ({ pathname: `/admin/products/${productId}/stock`, query: page > 1 ? { page: String(page) } : {} })}
      />
    </>
  );
}

function OrderLink({ number }: { number: number }) {
  return (
    <Link href={`/admin/orders/${number}`} className="text-brand-800 underline">
      #{number}
    </Link>
  );
}
