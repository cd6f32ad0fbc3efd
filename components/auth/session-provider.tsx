'use client';

import { SessionProvider } from 'next-auth/react';
import type { ReactNode } from 'react';

/** Lets client components (the header's account menu) read the session. */
export function AuthSessionProvider({ children }: { children: ReactNode }) {
  return <SessionProvider refetchOnWindowFocus={false}>{children}</SessionProvider>;
}
