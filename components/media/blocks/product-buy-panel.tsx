'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { AddToCartButton } from '@/components/cart/add-to-cart-button';
import { cn } from '@/components/ui/cn';
import { VariantPicker } from '@/components/catalog/variant-picker';
import { locationLines, soldOutOnline } from '@/lib/catalog/availability-view';
import type { ProductAvailability, VariantData } from '@/lib/catalog/types';
import { formatCents } from '@/lib/money';

type Live = { status: 'idle' | 'loading' | 'error' } | { status: 'ready'; data: ProductAvailability };

const statusClasses = { in_stock: 'text-green-800', low: 'text-amber-900', out: 'text-stone-700' } as const;

/**
 * Buying a product from inside a story or event page: the variant (when there is a choice), its
 * price, where it is in stock now (read live when the panel scrolls into view; the page itself is
 * cached) and the add-to-cart button, which records the page the product was bought from.
 */
export function ProductBuyPanel({ slug, variants, contentId }: { slug: string; variants: VariantData[]; contentId: string }) {
  const t = useTranslations('catalog.availability');
  const locale = useLocale();
  const [selected, setSelected] = useState(variants[0]);
  const [live, setLive] = useState<Live>({ status: 'idle' });
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const controller = new AbortController();
    const load = () => {
      setLive({ status: 'loading' });
      fetch(`/api/products/${encodeURIComponent(slug)}/availability`, { signal: controller.signal })
        .then((response) => (response.ok ? (response.json() as Promise<ProductAvailability>) : Promise.reject(response.status)))
        .then((data) => setLive({ status: 'ready', data }))
        .catch(() => {
          if (!controller.signal.aborted) setLive({ status: 'error' });
        });
    };
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          load();
        }
      },
      { rootMargin: '300px' },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      controller.abort();
    };
  }, [slug]);

  const data = live.status === 'ready' ? live.data : null;
  // The variant's id as the shop has it now (this cached page may be older than a change).
  const variantId = data?.variants.find((v) => v.sku === selected.sku)?.id ?? selected.id;
  const soldOut = data ? soldOutOnline(data, variantId) : false;
  const lines = data ? locationLines(data, variantId) : [];

  return (
    <div ref={ref} className="mt-3 flex flex-col gap-3">
      {variants.length > 1 ? (
        <>
          <VariantPicker variants={variants} selected={selected} onSelect={setSelected} />
          <p className="font-semibold text-stone-900">{formatCents(selected.priceCents, locale)}</p>
        </>
      ) : null}
      <div aria-live="polite" aria-busy={live.status === 'loading'} className="min-h-6 text-sm">
        {live.status === 'loading' ? <p className="text-stone-700">{t('loading')}</p> : null}
        {live.status === 'error' ? <p className="text-stone-700">{t('error')}</p> : null}
        {lines.length ? (
          <ul className="flex flex-wrap gap-x-3 gap-y-0.5">
            {lines.map(({ location, stock }) => (
              <li key={location.id} className="text-stone-900">
                {location.kind === 'WAREHOUSE' ? t('webShop') : (location.city ?? location.name)}:{' '}
                <span className={cn('font-semibold', statusClasses[stock.status])}>
                  {stock.status === 'in_stock'
                    ? t('inStock')
                    : stock.status === 'low'
                      ? t('low', { count: stock.quantity ?? 1 })
                      : t('out')}
                </span>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <AddToCartButton variantId={variantId} disabled={soldOut} source={{ contentId }} />
    </div>
  );
}
