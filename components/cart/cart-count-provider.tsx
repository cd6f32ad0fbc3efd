'use client';

import { createContext, useCallback, useContext, useEffect, useMemo, useOptimistic, useRef, useState, type ReactNode } from 'react';
import { useShopSession } from '@/components/auth/session-provider';

type CartCount = {
  /** Units in the visitor's cart; null until the first answer from /api/cart/count. */
  count: number | null;
  /** The server's new count after a change (call it inside the change's transition). */
  setCount: (count: number) => void;
  /** Shows `delta` more (or fewer) at once while a change is on its way (inside a transition). */
  addOptimistic: (delta: number) => void;
};

const CartCountContext = createContext<CartCount>({ count: null, setCount: () => {}, addOptimistic: () => {} });

/**
 * The header badge's number, kept in the browser so that shop pages stay cacheable: fetched on
 * mount and whenever the visitor signs in or out, then updated by the cart's actions.
 */
export function CartCountProvider({ children }: { children: ReactNode }) {
  const { status, user } = useShopSession();
  const userId = user?.id ?? null;
  const [count, setCountState] = useState<number | null>(null);
  const [shown, addOptimistic] = useOptimistic(count, (current: number | null, delta: number) =>
    Math.max(0, (current ?? 0) + delta),
  );
  // A change made while the fetch was on its way is newer than the fetch's answer.
  const changes = useRef(0);

  useEffect(() => {
    if (status === 'loading') return;
    const controller = new AbortController();
    const changesAtStart = changes.current;
    fetch('/api/cart/count', { cache: 'no-store', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { count?: unknown } | null) => {
        if (typeof body?.count === 'number' && changes.current === changesAtStart) setCountState(body.count);
      })
      .catch(() => {
        // Offline or aborted: the badge simply shows no number.
      });
    return () => controller.abort();
  }, [status, userId]);

  const setCount = useCallback((next: number) => {
    changes.current += 1;
    setCountState(next);
  }, []);

  const value = useMemo(() => ({ count: shown, setCount, addOptimistic }), [shown, setCount, addOptimistic]);
  return <CartCountContext.Provider value={value}>{children}</CartCountContext.Provider>;
}

export function useCartCount(): CartCount {
  return useContext(CartCountContext);
}
