'use client';

import type { Session } from 'next-auth';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

/** The user as next-auth's session endpoint gives it (see lib/auth/next-auth.d.ts). */
export type ShopSessionUser = Session['user'];

type ShopSession = {
  status: 'loading' | 'authenticated' | 'unauthenticated';
  user: ShopSessionUser | null;
  /** Reads the session again (after signing in or out without a full page load). */
  refresh: () => Promise<void>;
};

const SessionContext = createContext<ShopSession>({ status: 'loading', user: null, refresh: async () => {} });

/** The signed-in user, or null (also when the session cannot be read: offline, an error). */
async function readSessionUser(): Promise<ShopSessionUser | null> {
  try {
    const response = await fetch('/api/auth/session', { cache: 'no-store' });
    if (!response.ok) return null;
    const body = (await response.json()) as { user?: ShopSessionUser } | null;
    return body?.user ?? null;
  } catch {
    return null;
  }
}

function sessionOf(user: ShopSessionUser | null): Pick<ShopSession, 'status' | 'user'> {
  return { status: user ? 'authenticated' : 'unauthenticated', user };
}

/**
 * Lets client components (the header's account menu, the cart badge) know who is signed in. The
 * shop's pages are the same HTML for everyone, so the session is read here, in the browser, from
 * next-auth's session endpoint. A small reader of our own instead of next-auth's provider, which
 * would add its whole client library to every page. Display only: pages and actions check the
 * session themselves.
 */
export function AuthSessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Pick<ShopSession, 'status' | 'user'>>({ status: 'loading', user: null });

  const refresh = useCallback(async () => {
    setSession(sessionOf(await readSessionUser()));
  }, []);

  useEffect(() => {
    let current = true;
    void readSessionUser().then((user) => {
      if (current) setSession(sessionOf(user));
    });
    return () => {
      current = false;
    };
  }, []);

  const value = useMemo(() => ({ ...session, refresh }), [session, refresh]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useShopSession(): ShopSession {
  return useContext(SessionContext);
}
