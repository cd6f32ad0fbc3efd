import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ErrorPanel } from './error-panel';
import { SiteChrome } from './site-chrome';

/** A whole error page in the shop's frame (404, 403), from its `errors.<kind>` strings. */
export async function ErrorPage({ kind, actions, children }: { kind: 'notFound' | 'forbidden'; actions: ReactNode; children?: ReactNode }) {
  const [t, tCommon] = await Promise.all([getTranslations(`errors.${kind}`), getTranslations('common')]);
  return (
    <SiteChrome>
      {/* Next 16.3+ renders notFound()/forbidden() pages in the browser only (vercel/next.js#62228)
          and then drops the generateMetadata title; React's <title> sets it there. */}
      <title>{`${t('metaTitle')} · ${tCommon('shopName')}`}</title>
      <ErrorPanel code={t('code')} title={t('title')} text={t('text')} actions={actions}>
        {children}
      </ErrorPanel>
    </SiteChrome>
  );
}
