'use client';

import Form from 'next/form';
import { Suspense, useId, useState, type KeyboardEvent } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { useSearchSuggestions } from '@/components/catalog/use-search-suggestions';
import { cn } from '@/components/ui/cn';
import { SearchIcon } from '@/components/ui/icons';
import { getPathname, usePathname, useRouter } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import type { SearchSuggestion } from '@/lib/catalog/types';
import { formatCents } from '@/lib/money';

/**
 * The site search: a GET form to /search?q=… (works without JavaScript), prefilled with the query
 * on the search page. With JavaScript the field is a combobox (ARIA 1.2) with product suggestions:
 * arrow keys move through them, Enter opens the chosen product, Escape closes the list.
 */
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
  return <SearchFormView key={query} className={className} query={query} />;
}

function SearchFormView({ className, query }: { className?: string; query: string }) {
  const t = useTranslations('header.search');
  const tSearch = useTranslations('common.search');
  const locale = useLocale() as AppLocale;
  const router = useRouter();
  const listboxId = `site-search-suggestions${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [value, setValue] = useState(query);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const suggestions = useSearchSuggestions(value, locale);
  const expanded = open && suggestions.length > 0;

  const choose = (suggestion: SearchSuggestion) => {
    setOpen(false);
    router.push(`/product/${suggestion.slug}`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!suggestions.length) return;
      event.preventDefault();
      const count = suggestions.length;
      const down = event.key === 'ArrowDown';
      setOpen(true);
      if (!expanded) setActive(down ? 0 : count - 1);
      else setActive((current) => (down ? (current + 1) % count : current <= 0 ? count - 1 : current - 1));
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (value) {
        setValue('');
      }
    } else if (event.key === 'Enter' && expanded && active >= 0 && suggestions[active]) {
      event.preventDefault();
      choose(suggestions[active]);
    }
  };

  return (
    <Form
      action={getPathname({ href: '/search', locale })}
      role="search"
      aria-label={t('landmark')}
      className={cn('relative flex', className)}
    >
      <label htmlFor="site-search" className="sr-only">
        {t('label')}
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? `${listboxId}-${active}` : undefined}
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
      <ul
        id={listboxId}
        role="listbox"
        aria-label={tSearch('suggestions')}
        hidden={!expanded}
        className="absolute inset-x-0 top-full z-40 mt-1 max-h-[70dvh] overflow-y-auto rounded-lg border border-stone-300 bg-white py-1 shadow-lg"
      >
        {suggestions.map((suggestion, index) => (
          <li
            key={suggestion.slug}
            id={`${listboxId}-${index}`}
            role="option"
            aria-selected={index === active}
            // Keeps the focus in the field, so the list does not close before the click.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(suggestion)}
            onMouseEnter={() => setActive(index)}
            className={cn(
              'flex min-h-12 cursor-pointer items-center gap-3 px-3 py-1.5 text-stone-900',
              index === active && 'bg-brand-50 outline-2 -outline-offset-2 outline-brand-700',
            )}
          >
            {suggestion.thumbnail ? (
              // eslint-disable-next-line @next/next/no-img-element -- the attributes come from next/image, on the server.
              <img src={suggestion.thumbnail.src} srcSet={suggestion.thumbnail.srcSet ?? undefined} alt="" width={40} height={40} loading="lazy" decoding="async" className="size-10 shrink-0 rounded object-cover" />
            ) : (
              <span className="size-10 shrink-0 rounded bg-stone-100" />
            )}
            <span className="line-clamp-2 min-w-0 flex-1">{suggestion.name}</span>
            <span className="shrink-0 text-sm font-semibold">{formatCents(suggestion.priceCents, locale)}</span>
          </li>
        ))}
      </ul>
      <div role="status" aria-live="polite" className="sr-only">
        {expanded ? tSearch('suggestionCount', { count: suggestions.length }) : ''}
      </div>
    </Form>
  );
}
