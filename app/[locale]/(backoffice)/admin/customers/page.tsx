import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { customerListParams, readCustomerListQuery } from '@/lib/admin/customers/customer-list-query';
import { listAdminCustomers } from '@/lib/admin/customers/list-admin-customers';
import { requireOwner } from '@/lib/auth/require';
import { CustomerListTable } from '@/components/admin/customers/customer-list-table';
import { ListPagination } from '@/components/admin/orders/list-pagination';
import { Button, buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<Props, 'params'>) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'adminCustomers.list' });
  return { title: t('title') };
}

export default async function AdminCustomersPage({ params, searchParams }: Props) {
  await pageLocale(params);
  await requireOwner('/admin/customers');
  const query = readCustomerListQuery(await searchParams);
  const [result, t] = await Promise.all([listAdminCustomers(query), getTranslations('adminCustomers.list')]);
  return (
    <div>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-1 max-w-prose text-stone-700">{t('intro')}</p>
      <form method="get" role="search" aria-label={t('search')} className="mt-6 flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-4">
        <FormField label={t('search')} hint={t('searchHint')} className="min-w-64 flex-1">
          {(field) => <Input {...field} name="q" type="search" defaultValue={query.q ?? ''} />}
        </FormField>
        <Button type="submit">{t('apply')}</Button>
        <Link href="/admin/customers" className={buttonClasses({ variant: 'ghost' })}>
          {t('clear')}
        </Link>
      </form>
      <p className="mt-6 font-medium" role="status">
        {t('count', { count: result.total })}
      </p>
      {result.items.length === 0 ? (
        <EmptyState className="mt-4" title={t('empty')} />
      ) : (
        <>
          <CustomerListTable rows={result.items} page={result.page} pageCount={result.pageCount} />
          <ListPagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => `/admin/customers${customerListParams(query, { page })}`} />
        </>
      )}
    </div>
  );
}
