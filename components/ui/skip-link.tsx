import { useTranslations } from 'next-intl';

/** "Skip to content": the first focusable element of every page; targets main#main. */
export function SkipLink({ href = '#main' }: { href?: string }) {
  const t = useTranslations('header');
  return (
    <a
      href={href}
      className="sr-only z-50 rounded-lg bg-brand-800 px-4 py-3 font-semibold text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
    >
      {t('skipToContent')}
    </a>
  );
}
