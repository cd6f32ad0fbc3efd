'use client';

import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { AddToCartButton } from '@/components/cart/add-to-cart-button';
import { soldOutOnline } from '@/lib/catalog/availability-view';
import type { ProductAvailability, VariantData } from '@/lib/catalog/types';
import { variantFromSku } from '@/lib/catalog/variant-options';
import { ProductPrice } from './product-price';
import { StoreAvailability, type AvailabilityState } from './store-availability';
import { VariantPicker } from './variant-picker';

// The page is static; the chosen variant lives in the browser's URL (?variant=SKU).
const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
};
const skuInUrl = () => new URLSearchParams(window.location.search).get('variant');
const noSkuOnServer = () => null;

/**
 * The product page's interactive part: variant picker, the chosen variant's price, its
 * availability per store (fetched when the page opens) and the add-to-cart button.
 */
export function ProductPurchase({
  slug,
  variants,
  initialSellable,
}: {
  slug: string;
  variants: VariantData[];
  /** Units the web shop could sell, by variant id, when the page was rendered. */
  initialSellable: Record<string, number>;
}) {
  const urlSku = useSyncExternalStore(subscribe, skuInUrl, noSkuOnServer);
  const [chosenSku, setChosenSku] = useState<string | null>(null);
  const selected = variantFromSku(variants, chosenSku ?? urlSku);
  const [availability, setAvailability] = useState<AvailabilityState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/products/${encodeURIComponent(slug)}/availability`, { signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<ProductAvailability>) : Promise.reject(response.status)))
      .then((data) => setAvailability({ status: 'ready', data }))
      .catch(() => {
        if (!controller.signal.aborted) setAvailability({ status: 'error' });
      });
    return () => controller.abort();
  }, [slug, attempt]);

  const retry = useCallback(() => {
    setAvailability({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const select = (variant: VariantData) => {
    setChosenSku(variant.sku);
    const url = new URL(window.location.href);
    url.searchParams.set('variant', variant.sku);
    window.history.replaceState(window.history.state, '', url);
  };

  // The variant's id as the shop has it now (this static page may be older than a change).
  const live = availability.status === 'ready' ? availability.data : null;
  const variantId = live?.variants.find((v) => v.sku === selected.sku)?.id ?? selected.id;
  const soldOut = live ? soldOutOnline(live, variantId) : (initialSellable[selected.id] ?? 0) <= 0;

  return (
    <div className="flex flex-col gap-6">
      <ProductPrice priceCents={selected.priceCents} compareAtCents={selected.compareAtCents} vatRateBp={selected.vatRateBp} />
      <VariantPicker variants={variants} selected={selected} onSelect={select} />
      <AddToCartButton variantId={variantId} disabled={soldOut} className="sm:max-w-sm" />
      <StoreAvailability state={availability} variantId={variantId} onRetry={retry} />
    </div>
  );
}
