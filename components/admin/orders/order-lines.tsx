import { useLocale, useTranslations } from 'next-intl';
import type { AdminOrder } from '@/lib/admin/orders/get-admin-order';
import { formatCents } from '@/lib/money';
import { formatVatRate } from '@/lib/orders/format-vat-rate';
import { MoneySummary } from '@/components/orders/money-summary';
import { Badge } from '@/components/ui/badge';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';

/** The order's lines (cancelled ones marked and struck through) and its totals with VAT per rate. */
export function OrderLines({ order }: { order: AdminOrder }) {
  const t = useTranslations('adminOrders.page');
  const tOrders = useTranslations('orders');
  const locale = useLocale();
  const money = (cents: number) => formatCents(cents, locale, order.currency);
  return (
    <section aria-labelledby="order-lines" className="mt-8">
      <h2 id="order-lines" className="text-lg font-semibold">
        {t('lines')}
      </h2>
      <Table caption={t('linesCaption')} hideCaption wrapperClassName="mt-3">
        <THead>
          <Tr>
            <Th>{t('product')}</Th>
            <Th>{t('sku')}</Th>
            <Th className="text-right">{t('quantity')}</Th>
            <Th className="text-right">{t('unitPrice')}</Th>
            <Th className="text-right">{t('vat')}</Th>
            <Th className="text-right">{t('lineTotal')}</Th>
          </Tr>
        </THead>
        <TBody>
          {order.lines.map((line) => (
            <Tr key={line.id} className={line.cancelledAt ? 'text-stone-600' : undefined}>
              <Td>
                <span className={line.cancelledAt ? 'line-through' : 'font-medium'}>{line.name}</span>
                {line.variantLabel ? <span className="block text-stone-700">{line.variantLabel}</span> : null}
                {line.cancelledAt ? <Badge tone="danger">{t('lineCancelled')}</Badge> : null}
              </Td>
              <Td className="font-mono text-xs">{line.sku}</Td>
              <Td className="text-right tabular-nums">{line.quantity}</Td>
              <Td className="text-right tabular-nums whitespace-nowrap">{money(line.unitPriceCents)}</Td>
              <Td className="text-right tabular-nums whitespace-nowrap">{formatVatRate(line.vatRateBp, locale)} %</Td>
              <Td className="text-right tabular-nums whitespace-nowrap">{money(line.lineTotalCents)}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      <MoneySummary
        className="mt-4 max-w-sm sm:ml-auto"
        subtotalCents={order.subtotalCents}
        shippingCents={order.shippingCents}
        totalCents={order.totalCents}
        vatBreakdown={order.vatBreakdown}
        shippingLabel={tOrders(`fulfilments.${order.fulfilment}`)}
        currency={order.currency}
      />
    </section>
  );
}
