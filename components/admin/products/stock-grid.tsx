import { getTranslations } from 'next-intl/server';
import type { ProductStock } from '@/lib/admin/stock/get-product-stock';
import { Badge } from '@/components/ui/badge';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import { StockCellDialog } from './stock-cell-dialog';

/** Variant x store: on hand, reserved and available in each cell, with the cell's actions. */
export async function StockGrid({ stock }: { stock: ProductStock }) {
  const t = await getTranslations('adminProducts.stock');
  const level = (variantId: string, storeId: string) => stock.levels.find((l) => l.variantId === variantId && l.storeId === storeId);
  return (
    <Table caption={t('gridCaption')}>
      <THead>
        <Tr>
          <Th>{t('variant')}</Th>
          {stock.stores.map((store) => (
            <Th key={store.id}>{store.name}</Th>
          ))}
        </Tr>
      </THead>
      <TBody>
        {stock.product.variants.map((variant) => {
          const options = [variant.size, variant.colour].filter(Boolean).join(' · ');
          return (
            <Tr key={variant.id}>
              <Th scope="row" className="align-top font-normal">
                <span className="font-semibold">{variant.sku}</span>
                {options ? <span className="block text-stone-700">{options}</span> : null}
                {variant.active ? null : <Badge className="mt-1">{t('inactive')}</Badge>}
              </Th>
              {stock.stores.map((store) => {
                const cell = level(variant.id, store.id);
                const onHand = cell?.onHand ?? 0;
                const reserved = cell?.reserved ?? 0;
                return (
                  <Td key={store.id}>
                    <dl className="grid grid-cols-[auto_auto] gap-x-3 text-sm tabular-nums">
                      <dt>{t('onHand')}</dt>
                      <dd className="text-right">{onHand}</dd>
                      <dt>{t('reserved')}</dt>
                      <dd className="text-right">{reserved}</dd>
                      <dt className="font-semibold">{t('available')}</dt>
                      <dd className="text-right font-semibold">{onHand - reserved}</dd>
                    </dl>
                    <StockCellDialog
                      variantId={variant.id}
                      storeId={store.id}
                      label={`${variant.sku} · ${store.name}`}
                      onHand={onHand}
                      reserved={reserved}
                      otherStores={stock.stores.filter((s) => s.id !== store.id).map((s) => ({ id: s.id, name: s.name }))}
                    />
                  </Td>
                );
              })}
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}
