'use client';

import { useState, type FormEvent } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { counterSearchAction } from '@/lib/actions/counter-lookup';
import type { CounterItem } from '@/lib/counter/counter-item';
import { formatCents } from '@/lib/money';

type Props = {
  storeId: string;
  /** Text to search for at once (an unknown code staff chose to search instead). */
  initialQuery: string;
  onItem: (item: CounterItem) => void;
};

/** Products by name or SKU, each a button that adds it to the sale. */
export function ItemSearch({ storeId, initialQuery, onItem }: Props) {
  const t = useTranslations('storeCounter.search');
  const locale = useLocale();
  const [results, setResults] = useState<CounterItem[] | null>(null);
  const [pending, setPending] = useState(false);

  async function search(query: string) {
    if (!query.trim()) return;
    setPending(true);
    try {
      setResults(await counterSearchAction(storeId, query));
    } finally {
      setPending(false);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void search(String(new FormData(event.currentTarget).get('q') ?? ''));
  }

  return (
    <section aria-labelledby="counter-search-title" className="flex flex-col gap-2">
      <h2 id="counter-search-title" className="sr-only">
        {t('title')}
      </h2>
      <form role="search" onSubmit={onSubmit} className="flex items-end gap-2">
        <FormField label={t('label')} className="flex-1">
          {(field) => <Input {...field} key={initialQuery} name="q" type="search" defaultValue={initialQuery} autoComplete="off" className="min-h-12" />}
        </FormField>
        <Button type="submit" size="lg" variant="secondary" loading={pending}>
          {t('submit')}
        </Button>
      </form>
      {results !== null ? (
        results.length === 0 ? (
          <p role="status">{t('none')}</p>
        ) : (
          <ul aria-label={t('results')} className="flex flex-col gap-1">
            {results.map((item) => (
              <li key={item.variantId}>
                <button
                  type="button"
                  onClick={() => onItem(item)}
                  className="flex min-h-12 w-full items-center justify-between gap-3 rounded-lg border border-stone-300 bg-white px-3 text-left hover:bg-stone-100"
                >
                  <span>
                    <span className="font-medium">{item.variantLabel ? `${item.name} (${item.variantLabel})` : item.name}</span>
                    <span className="block text-sm text-stone-700">
                      {item.sku} · {t('available', { count: item.available })}
                    </span>
                  </span>
                  <span className="font-semibold">{formatCents(item.priceCents, locale)}</span>
                </button>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </section>
  );
}
