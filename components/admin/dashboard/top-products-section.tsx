import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import type { TopProduct } from '@/lib/admin/dashboard/get-top-products';
import { formatCents } from '@/lib/money';
import { DashboardSection } from './dashboard-section';

export async function TopProductsSection({ products }: { products: TopProduct[] }) {
  const [t, locale] = await Promise.all([getTranslations('adminDashboard.topProducts'), getLocale()]);
  return (
    <DashboardSection title={t('title')} hint={t('hint')}>
      {products.length === 0 ? (
        <p className="text-stone-700">{t('empty')}</p>
      ) : (
        <Table caption={t('caption')} hideCaption>
          <THead>
            <Tr>
              <Th>{t('product')}</Th>
              <Th className="text-right">{t('units')}</Th>
              <Th className="text-right">{t('revenue')}</Th>
            </Tr>
          </THead>
          <TBody>
            {products.map((product, index) => (
              <Tr key={product.productId ?? `deleted-${index}`}>
                <Td>
                  {product.productId ? (
                    <Link href={`/admin/products/${product.productId}`} className="text-brand-800 underline underline-offset-2">
                      {product.name}
                    </Link>
                  ) : (
                    product.name
                  )}
                </Td>
                <Td className="text-right tabular-nums">{product.units}</Td>
                <Td className="text-right tabular-nums">{formatCents(product.revenueCents, locale)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </DashboardSection>
  );
}
