import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { getProductStock } from '@/lib/admin/stock/get-product-stock';
import { listStockMovements } from '@/lib/admin/stock/list-stock-movements';
import { requireOwner } from '@/lib/auth/require';
import { readPageParam } from '@/lib/catalog/pagination';
import { isUuid } from '@/lib/validation/uuid';
import { MovementHistory } from '@/components/admin/products/movement-history';
import { StockGrid } from '@/components/admin/products/stock-grid';
import { TransferList } from '@/components/admin/products/transfer-list';
import { Link } from '@/i18n/navigation';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'adminProducts.stock' });
  return { title: t('title') };
}

export default async function ProductStockPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { id } = await params;
  await requireOwner(`/admin/products/${id}/stock`);
  const stock = isUuid(id) ? await getProductStock(id) : null;
  if (!stock) notFound();
  const [history, t] = await Promise.all([listStockMovements(id, readPageParam((await searchParams).page)), getTranslations('adminProducts.stock')]);
  const name = locale === 'en' ? stock.product.nameEn : stock.product.nameFi;
  return (
    <div className="flex flex-col gap-6">
      <Link href={`/admin/products/${id}`} className="text-brand-800 underline">
        {t('back', { name })}
      </Link>
      <div>
        <h1 className="text-2xl font-bold">{t('heading', { name })}</h1>
        <p className="mt-1 text-stone-700">{t('intro')}</p>
      </div>
      <StockGrid stock={stock} />
      <section aria-labelledby="transfers" className="flex flex-col gap-3">
        <h2 id="transfers" className="text-xl font-semibold">
          {t('transfersTitle')}
        </h2>
        <TransferList transfers={stock.transfers} />
      </section>
      <section aria-labelledby="movements" className="flex flex-col gap-3">
        <h2 id="movements" className="text-xl font-semibold">
          {t('movementsTitle')}
        </h2>
        <MovementHistory history={history} productId={id} />
      </section>
    </div>
  );
}
