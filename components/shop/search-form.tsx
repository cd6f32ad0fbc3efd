'use client';

import Form from 'next/form';
import { Suspense } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { getPathname, usePathname } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { cn } from '@/components/ui/cn';
import { SearchIcon } from '@/components/ui/icons';

/** The site search: a GET form to /search?q=…, prefilled with the query on the search page. */
export function SearchForm({ className }: { className?: string }) {
  return (
    <Suspense fallback={<SearchFormView className={className} query="" />}>
      <SearchFormFromUrl className={className} />
    </Suspense>
  );
}

function SearchFormFromUrl({ className }: { className?: string }) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const query = pathname === '/search' ? (searchParams.get('q') ?? '') : '';
  return <SearchFormView className={className} query={query} />;
}

function SearchFormView({ className, query }: { className?: string; query: string }) {
  const t = useTranslations('header.search');
  const locale = useLocale() as AppLocale;
  const action = getPathname({ href: '/search', locale });
  return (
    <Form action={action} role="search" aria-label={t('landmark')} className={cn('flex', className)}>
      <label htmlFor="site-search" className="sr-only">
        {t('label')}
      </label>
      <input
        key={query}
        id="site-search"
        type="search"
        name="q"
        defaultValue={query}
        placeholder={t('placeholder')}
        autoComplete="off"
        enterKeyHint="search"
        maxLength={200}
        className="min-h-11 w-full min-w-0 flex-1 rounded-l-lg border border-r-0 border-stone-500 bg-white px-3 text-base text-stone-900 placeholder:text-stone-600 focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-brand-700"
      />
      <button
        type="submit"
        className="inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center rounded-r-lg bg-brand-700 px-3 text-white hover:bg-brand-800"
      >
        <SearchIcon />
        <span className="sr-only">{t('submit')}</span>
      </button>
    </Form>
  );
}
