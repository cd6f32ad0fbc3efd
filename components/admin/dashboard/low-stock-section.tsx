import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import { LOW_STOCK_THRESHOLD, type StoreLowStock } from '@/lib/admin/dashboard/get-low-stock';
import { DashboardSection } from './dashboard-section';

export async function LowStockSection({ stores }: { stores: StoreLowStock[] }) {
  const t = await getTranslations('adminDashboard.lowStock');
  return (
    <DashboardSection title={t('title')} hint={t('hint', { threshold: LOW_STOCK_THRESHOLD })} className="lg:col-span-2">
      {stores.length === 0 ? (
        <p className="text-stone-700">{t('empty')}</p>
      ) : (
        <div className="grid gap-4 xl:grid-cols-2">
          {stores.map((store) => (
            <div key={store.storeId}>
              <Table caption={t('caption', { store: store.storeName })}>
                <THead>
                  <Tr>
                    <Th>{t('product')}</Th>
                    <Th>{t('sku')}</Th>
                    <Th className="text-right">{t('available')}</Th>
                  </Tr>
                </THead>
                <TBody>
                  {store.items.map((item) => (
                    <Tr key={item.variantId}>
                      <Td>
                        <Link href={`/admin/products/${item.productId}`} className="text-brand-800 underline underline-offset-2">
                          {item.name}
                        </Link>
                        {item.variantLabel ? <span className="text-stone-700"> · {item.variantLabel}</span> : null}
                      </Td>
                      <Td className="font-mono text-xs">{item.sku}</Td>
                      <Td className="text-right tabular-nums">{item.available}</Td>
                    </Tr>
                  ))}
                </TBody>
              </Table>
              {store.total > store.items.length ? <p className="mt-1 text-sm text-stone-700">{t('more', { total: store.total })}</p> : null}
            </div>
          ))}
        </div>
      )}
    </DashboardSection>
  );
}
