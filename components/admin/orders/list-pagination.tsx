import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { buttonClasses } from '@/components/ui/button';

type Props = {
  page: number;
  pageCount: number;
  /** The href of a page (the list's path with its filters). */
  hrefFor: (page: number) => string;
};

/** Previous / next links around "page N of M"; the filters stay in the links. */
export function ListPagination({ page, pageCount, hrefFor }: Props) {
  const t = useTranslations('adminOrders.pagination');
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t('label')} className="mt-4 flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={buttonClasses({ variant: 'secondary', size: 'sm' })}>
          {t('previous')}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-stone-700" aria-current="page">
        {t('page', { page, pages: pageCount })}
      </p>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next" className={buttonClasses({ variant: 'secondary', size: 'sm' })}>
          {t('next')}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
