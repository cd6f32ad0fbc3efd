import Form from 'next/form';
import { useLocale, useTranslations } from 'next-intl';
import { buttonClasses } from '@/components/ui/button';
import { Select } from '@/components/ui/select';
import { getPathname } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { filterQuery, SORTS, type CategoryFilters } from '@/lib/catalog/category-filters';
import { categoryFilterPath } from './category-links';

/** The sort order: a small GET form that keeps the filters that are on (and goes to page 1). */
export function CategorySortForm({ slug, filters }: { slug: string; filters: CategoryFilters }) {
  const t = useTranslations('catalog.filters');
  const locale = useLocale() as AppLocale;
  const kept = Object.entries(filterQuery({ ...filters, sort: 'newest', page: 1 })).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).map((v) => [name, v] as const),
  );
  return (
    <Form action={getPathname({ href: categoryFilterPath(slug), locale })} className="flex items-end gap-2">
      {kept.map(([name, value]) => (
        <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
      ))}
      <div className="flex flex-col gap-1">
        <label htmlFor="category-sort" className="text-sm font-medium text-stone-900">
          {t('sort')}
        </label>
        <Select id="category-sort" name="sort" defaultValue={filters.sort} className="min-w-48">
          {SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`sorts.${sort}`)}
            </option>
          ))}
        </Select>
      </div>
      <button type="submit" className={buttonClasses({ variant: 'secondary' })}>
        {t('sortApply')}
      </button>
    </Form>
  );
}
