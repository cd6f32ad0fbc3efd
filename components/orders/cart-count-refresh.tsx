'use client';

import { useEffect } from 'react';
import { useCartCount } from '@/components/cart/cart-count-provider';

/**
 * Re-reads the header's cart count once: after an order is placed the shopper lands here by a
 * client-side navigation, and the header (kept across pages) still shows the emptied cart's count.
 */
export function CartCountRefresh() {
  const { setCount } = useCartCount();
  useEffect(() => {
    const controller = new AbortController();
    fetch('/api/cart/count', { cache: 'no-store', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { count?: unknown } | null) => {
        if (typeof body?.count === 'number') setCount(body.count);
      })
      .catch(() => {
        // Offline or aborted: the badge keeps its number until the next page load.
      });
    return () => controller.abort();
  }, [setCount]);
  return null;
}
