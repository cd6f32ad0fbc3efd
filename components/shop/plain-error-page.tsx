'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { Link } from '@/i18n/navigation';
import { ErrorPanel } from './error-panel';
import { ShopLogo } from './shop-logo';
import { Container } from '@/components/ui/container';

/**
 * An error page in a light frame (logo, message, actions), rendered with the strings the layout
 * already gave the browser. Used where the shop's full frame cannot be rendered on the server:
 * the error boundary, and the 404 of statically rendered pages (there, next-intl's server calls
 * would read the request's headers and turn the 404 into a 500).
 */
export function PlainErrorPage({ kind, actions, children }: { kind: 'error' | 'notFound'; actions: ReactNode; children?: ReactNode }) {
  const t = useTranslations(`errors.${kind}`);
  const tCommon = useTranslations('common');
  return (
    <div className="flex min-h-dvh flex-col">
      <title>{`${t('metaTitle')} · ${tCommon('shopName')}`}</title>
      <header className="border-b border-stone-200 bg-white">
        <Container className="flex py-2">
          <Link href="/" className="flex min-h-11 items-center gap-2 text-lg font-bold tracking-tight text-brand-800">
            <ShopLogo className="size-8" />
            {tCommon('shopName')}
          </Link>
        </Container>
      </header>
      <main id="main" tabIndex={-1} className="flex-1">
        <ErrorPanel code={t('code')} title={t('title')} text={t('text')} actions={actions}>
          {children}
        </ErrorPanel>
      </main>
    </div>
  );
}
