import type { AppLocale } from '@/i18n/routing';

type Page = { locale: AppLocale; title: string; slug: string; status: string };

/** The event's page to show a reader of `locale`: their language first, a published page first. */
export function pickEventPage<T extends Page>(pages: readonly T[], locale: AppLocale): T | null {
  const rank = (page: T) => (page.locale === locale ? 0 : 2) + (page.status === 'PUBLISHED' ? 0 : 1);
  return [...pages].sort((a, b) => rank(a) - rank(b))[0] ?? null;
}
