'use client';

import { Suspense } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { Link, usePathname } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { localizeSectionPath } from '@/lib/content/content-paths';
import { cn } from '@/components/ui/cn';

type LanguageSwitchProps = {
  /** compact: "EN" (header); full: "In English" (footer). */
  variant?: 'compact' | 'full';
  className?: string;
};

/** A link to the same page (and query) in the other language. */
export function LanguageSwitch(props: LanguageSwitchProps) {
  return (
    <Suspense fallback={<SwitchLink {...props} query={undefined} />}>
      <SwitchLinkWithQuery {...props} />
    </Suspense>
  );
}

function SwitchLinkWithQuery(props: LanguageSwitchProps) {
  const searchParams = useSearchParams();
  const query = searchParams.size > 0 ? Object.fromEntries(searchParams.entries()) : undefined;
  return <SwitchLink {...props} query={query} />;
}

function SwitchLink({
  variant = 'compact',
  className,
  query,
}: LanguageSwitchProps & { query: Record<string, string> | undefined }) {
  const t = useTranslations('header.language');
  const locale = useLocale() as AppLocale;
  const other: AppLocale = locale === 'fi' ? 'en' : 'fi';
  // /tarinat/x in Finnish is /stories/x in English (the story page then finds the translation).
  const pathname = localizeSectionPath(usePathname(), other);

  return (
    <Link
      href={query ? { pathname, query } : pathname}
      locale={other}
      hrefLang={other}
      lang={other}
      className={cn(
        variant === 'compact'
          ? 'inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg px-2 text-sm font-semibold text-stone-800 hover:bg-stone-100'
          : 'inline-flex min-h-11 items-center font-medium text-brand-800 underline underline-offset-4 hover:no-underline',
        className,
      )}
    >
      {variant === 'compact' ? (
        <>
          {t('code')}
          <span className="sr-only">, {t('switchTo')}</span>
        </>
      ) : (
        t('switchTo')
      )}
    </Link>
  );
}
