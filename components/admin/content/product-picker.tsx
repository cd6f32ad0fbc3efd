'use client';

import { useEffect, useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { searchContentProductsAction } from '@/lib/actions/search-content-products';
import type { PickerProduct } from '@/lib/content/search-products-for-picker';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';

export type ChosenProduct = { value: string; name: string };

type Props = {
  label: string;
  hint?: string;
  chosen: ChosenProduct[];
  onAdd: (product: PickerProduct) => void;
  onRemove: (value: string) => void;
  /** One product (a product card): choosing another replaces it. */
  single?: boolean;
  error?: string;
};

/** Search products by name or SKU and choose them; the chosen ones are listed with "Remove". */
export function ProductPicker({ label, hint, chosen, onAdd, onRemove, single = false, error }: Props) {
  const t = useTranslations('adminContent.picker');
  const id = `picker${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<PickerProduct[] | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    if (query.trim().length < 2) return;
    let current = true;
    const timer = setTimeout(async () => {
      setStatus(t('searching'));
      try {
        const found = await searchContentProductsAction(query);
        if (!current) return;
        setResults(found);
        setStatus(t('results', { count: found.length }));
      } catch {
        if (current) setStatus(t('failed'));
      }
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, t]);

  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="font-medium text-stone-900">{label}</legend>
      {hint ? <p className="text-sm text-stone-600">{hint}</p> : null}
      {chosen.length === 0 ? (
        <p className="text-sm text-stone-700">{t('noneChosen')}</p>
      ) : (
        <ul aria-label={t('chosen')} className="flex flex-col gap-1">
          {chosen.map((product) => (
            <li key={product.value} className="flex items-center justify-between gap-2 rounded-lg bg-stone-100 px-3 py-1">
              <span>{single ? t('chosenOne', { name: product.name }) : product.name}</span>
              <Button size="sm" variant="ghost" onClick={() => onRemove(product.value)} aria-label={t('remove', { name: product.name })}>
                ×
              </Button>
            </li>
          ))}
        </ul>
      )}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
      <label htmlFor={id} className="text-sm font-medium text-stone-900">
        {t('search')}
      </label>
      <Input
        id={id}
        type="search"
        value={query}
        aria-describedby={`${id}-hint ${id}-status`}
        onChange={(event) => setQuery(event.currentTarget.value)}
        onKeyDown={(event) => {
          // Enter searches here; it must not submit the whole editor.
          if (event.key === 'Enter') event.preventDefault();
        }}
      />
      <p id={`${id}-hint`} className="text-sm text-stone-600">
        {t('searchHint')}
      </p>
      <p id={`${id}-status`} role="status" aria-live="polite" className="text-sm text-stone-700">
        {query.trim().length >= 2 ? status : null}
      </p>
      {results && query.trim().length >= 2 && results.length > 0 ? (
        <ul className="flex flex-col gap-1">
          {results.map((product) => {
            const value = chosen.some((c) => c.value === product.slug || c.value === product.id);
            return (
              <li key={product.id}>
                <Button
                  size="sm"
                  variant="secondary"
                  disabled={value}
                  onClick={() => {
                    onAdd(product);
                    if (single) setQuery('');
                  }}
                  aria-label={t('choose', { name: product.name })}
                  className="w-full justify-start text-left"
                >
                  {product.name}
                  {product.sku ? <span className="font-normal text-stone-600">{product.sku}</span> : null}
                </Button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </fieldset>
  );
}
