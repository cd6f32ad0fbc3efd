import type { ComponentProps } from 'react';
import { useTranslations } from 'next-intl';
import { cn } from '@/components/ui/cn';
import { Link } from '@/i18n/navigation';
import { visiblePages } from '@/lib/catalog/pagination';

type Href = ComponentProps<typeof Link>['href'];

const itemClasses =
  'inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg px-3 font-medium focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-700';

/** Links to the pages of a listing; renders nothing for a single page. */
export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => Href }) {
  const t = useTranslations('catalog.pagination');
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t('label')} className="mt-10 flex flex-col items-center gap-3">
      <p className="text-sm text-stone-700">{t('status', { page: Math.min(page, pageCount), count: pageCount })}</p>
      <ul className="flex flex-wrap items-center justify-center gap-1">
        {page > 1 ? (
          <li>
            <Link href={hrefFor(Math.min(page - 1, pageCount))} rel="prev" className={cn(itemClasses, 'text-brand-800 hover:bg-brand-50')}>
              <span aria-hidden="true">‹</span>
              <span className="ml-1 hidden sm:inline">{t('previous')}</span>
              <span className="sr-only sm:hidden">{t('previous')}</span>
            </Link>
          </li>
        ) : null}
        {visiblePages(page, pageCount).map((p, i) =>
          p === 'gap' ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-stone-600">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                href={hrefFor(p)}
                aria-current={p === page ? 'page' : undefined}
                aria-label={t('page', { page: p })}
                className={cn(itemClasses, p === page ? 'bg-brand-700 text-white' : 'text-brand-800 hover:bg-brand-50')}
              >
                {p}
              </Link>
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <Link href={hrefFor(page + 1)} rel="next" className={cn(itemClasses, 'text-brand-800 hover:bg-brand-50')}>
              <span className="mr-1 hidden sm:inline">{t('next')}</span>
              <span className="sr-only sm:hidden">{t('next')}</span>
              <span aria-hidden="true">›</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
