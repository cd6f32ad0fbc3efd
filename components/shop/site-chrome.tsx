import type { ReactNode } from 'react';
import { AuthSessionProvider } from '@/components/auth/session-provider';
import { SkipLink } from '@/components/ui/skip-link';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** The shop's frame: skip link, header, main#main, footer. Used by the (shop) and (media) layouts. */
export function SiteChrome({ children, cartCount = 0 }: { children: ReactNode; cartCount?: number }) {
  return (
    <AuthSessionProvider>
      <div className="flex min-h-dvh flex-col">
        <SkipLink />
        <SiteHeader cartCount={cartCount} />
        <main id="main" tabIndex={-1} className="flex-1">
          {children}
        </main>
        <SiteFooter />
      </div>
    </AuthSessionProvider>
  );
}
