import Form from 'next/form';
import { useLocale, useTranslations } from 'next-intl';
import { buttonClasses } from '@/components/ui/button';
import { controlClasses } from '@/components/ui/input';
import { ChevronDownIcon } from '@/components/ui/icons';
import { getPathname, Link } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { activeFilterCount, centsToEuroInput, DEFAULT_FILTERS, type CategoryFilters } from '@/lib/catalog/category-filters';
import type { CategoryFacets } from '@/lib/catalog/get-category-facets';
import type { FilterStore } from '@/lib/catalog/list-filter-stores';
import { formatCents } from '@/lib/money';
import { categoryFilterPath, clearedFiltersHref } from './category-links';
import { useColourName } from './use-colour-name';

/**
 * The category filters as a plain GET form (works without JavaScript), folded into a
 * disclosure that opens by itself when filters are on. Every group is a fieldset with a legend.
 */
export function CategoryFilterForm({
  slug,
  filters,
  facets,
  stores,
}: {
  slug: string;
  filters: CategoryFilters;
  facets: CategoryFacets;
  stores: FilterStore[];
}) {
  const t = useTranslations('catalog.filters');
  const locale = useLocale() as AppLocale;
  const colourName = useColourName();
  const active = activeFilterCount(filters);
  const priceHint =
    facets.minCents !== null && facets.maxCents !== null && facets.minCents !== facets.maxCents
      ? t('priceHint', { min: formatCents(facets.minCents, locale), max: formatCents(facets.maxCents, locale) })
      : null;

  return (
    <details open={active > 0} className="group rounded-xl border border-stone-200 bg-white">
      <summary className="flex min-h-12 cursor-pointer list-none items-center justify-between gap-3 rounded-xl px-4 font-semibold text-stone-900 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-700 [&::-webkit-details-marker]:hidden">
        <span>
          {t('title')}
          {active ? <span className="ml-2 text-sm font-normal text-stone-700">({t('activeCount', { count: active })})</span> : null}
        </span>
        <ChevronDownIcon className="size-5 transition-transform group-open:rotate-180" />
      </summary>
      <Form action={getPathname({ href: categoryFilterPath(slug), locale })} className="flex flex-col gap-5 border-t border-stone-200 px-4 pt-4 pb-5">
        {filters.sort !== DEFAULT_FILTERS.sort ? <input type="hidden" name="sort" value={filters.sort} /> : null}

        <fieldset aria-describedby={priceHint ? 'price-hint' : undefined}>
          <legend className="font-semibold text-stone-900">{t('price')}</legend>
          {priceHint ? (
            <p id="price-hint" className="mt-1 text-sm text-stone-700">
              {priceHint}
            </p>
          ) : null}
          <div className="mt-2 grid grid-cols-2 gap-3">
            <PriceInput id="filter-min" name="min" label={t('min')} value={centsToEuroInput(filters.minCents)} />
            <PriceInput id="filter-max" name="max" label={t('max')} value={centsToEuroInput(filters.maxCents)} />
          </div>
        </fieldset>

        {stores.length ? (
          <fieldset>
            <legend className="font-semibold text-stone-900">{t('store')}</legend>
            <div className="mt-1 flex flex-col">
              <Choice type="radio" name="store" value="" label={t('anyStore')} checked={!filters.store} />
              {stores.map((store) => (
                <Choice
                  key={store.id}
                  type="radio"
                  name="store"
                  value={store.slug}
                  label={t('atStore', { store: store.city ?? store.name })}
                  checked={filters.store === store.slug}
                />
              ))}
            </div>
          </fieldset>
        ) : null}

        {facets.sizes.length > 1 ? (
          <fieldset>
            <legend className="font-semibold text-stone-900">{t('size')}</legend>
            <div className="mt-1 grid grid-cols-2 gap-x-3">
              {facets.sizes.map((size) => (
                <Choice key={size} type="checkbox" name="size" value={size} label={size} checked={filters.sizes.includes(size)} />
              ))}
            </div>
          </fieldset>
        ) : null}

        {facets.colours.length > 1 ? (
          <fieldset>
            <legend className="font-semibold text-stone-900">{t('colour')}</legend>
            <div className="mt-1 grid grid-cols-2 gap-x-3">
              {facets.colours.map((colour) => (
                <Choice
                  key={colour}
                  type="checkbox"
                  name="colour"
                  value={colour}
                  label={colourName(colour)}
                  checked={filters.colours.includes(colour)}
                />
              ))}
            </div>
          </fieldset>
        ) : null}

        <div className="flex flex-col gap-2">
          <button type="submit" className={buttonClasses()}>
            {t('apply')}
          </button>
          {active ? (
            <Link href={clearedFiltersHref(slug, filters)} className={buttonClasses({ variant: 'ghost' })}>
              {t('clear')}
            </Link>
          ) : null}
        </div>
      </Form>
    </details>
  );
}

function PriceInput({ id, name, label, value }: { id: string; name: string; label: string; value: string }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-stone-900">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        pattern="\d{1,6}([,.]\d{1,2})?"
        maxLength={9}
        defaultValue={value}
        className={controlClasses(false, 'min-h-11 py-2')}
      />
    </div>
  );
}

function Choice({
  type,
  name,
  value,
  label,
  checked,
}: {
  type: 'radio' | 'checkbox';
  name: string;
  value: string;
  label: string;
  checked: boolean;
}) {
  return (
    <label className="flex min-h-11 cursor-pointer items-center gap-3 text-stone-900">
      <input type={type} name={name} value={value} defaultChecked={checked} className="size-5 shrink-0 accent-brand-700" />
      <span>{label}</span>
    </label>
  );
}
