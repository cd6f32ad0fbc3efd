import type { ReactNode } from 'react';
import { AuthSessionProvider } from '@/components/auth/session-provider';
import { CartCountProvider } from '@/components/cart/cart-count-provider';
import { SkipLink } from '@/components/ui/skip-link';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/**
 * The shop's frame: skip link, header, main#main, footer. Used by the (shop) and (media) layouts.
 * The session and the cart count are read in the browser, so the frame is the same for everyone.
 */
export function SiteChrome({ children }: { children: ReactNode }) {
  return (
    <AuthSessionProvider>
      <CartCountProvider>
        <div className="flex min-h-dvh flex-col">
          <SkipLink />
          <SiteHeader />
          <main id="main" tabIndex={-1} className="flex-1">
            {children}
          </main>
          <SiteFooter />
        </div>
      </CartCountProvider>
    </AuthSessionProvider>
  );
}
