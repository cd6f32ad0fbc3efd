import { useTranslations } from 'next-intl';
import { PRODUCT_SORTS, PRODUCT_STATUSES, type AdminProductFilters } from '@/lib/admin/products/list-params';
import { Button, ButtonLink } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';

/** Search, filters and order of the product list: a GET form, so the result can be bookmarked. */
export function ProductFilters({ filters, categories }: { filters: AdminProductFilters; categories: { id: string; label: string }[] }) {
  const t = useTranslations('adminProducts.filters');
  const tStatus = useTranslations('adminProducts.statuses');
  return (
    <form method="get" role="search" aria-label={t('label')} className="grid gap-3 rounded-xl border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6">
      <FormField label={t('q')} hint={t('qHint')} className="sm:col-span-2">
        {(field) => <Input {...field} type="search" name="q" defaultValue={filters.q} />}
      </FormField>
      <FormField label={t('status')}>
        {(field) => (
          <Select {...field} name="status" defaultValue={filters.status ?? ''}>
            <option value="">{t('all')}</option>
            {PRODUCT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {tStatus(status)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField label={t('category')}>
        {(field) => (
          <Select {...field} name="category" defaultValue={filters.categoryId ?? ''}>
            <option value="">{t('all')}</option>
            {categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.label}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField label={t('stock')}>
        {(field) => (
          <Select {...field} name="stock" defaultValue={filters.stock ?? ''}>
            <option value="">{t('all')}</option>
            <option value="out">{t('stockOut')}</option>
            <option value="low">{t('stockLow')}</option>
          </Select>
        )}
      </FormField>
      <FormField label={t('sort')}>
        {(field) => (
          <Select {...field} name="sort" defaultValue={filters.sort}>
            {PRODUCT_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`sorts.${sort}`)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField label={t('dir')}>
        {(field) => (
          <Select {...field} name="dir" defaultValue={filters.dir}>
            <option value="asc">{t('asc')}</option>
            <option value="desc">{t('desc')}</option>
          </Select>
        )}
      </FormField>
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-5">
        <Button type="submit">{t('apply')}</Button>
        <ButtonLink href="/admin/products" variant="ghost">
          {t('clear')}
        </ButtonLink>
      </div>
    </form>
  );
}
