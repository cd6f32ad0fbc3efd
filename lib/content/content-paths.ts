// The public addresses of stories, guides and events, which differ by language: /tarinat/x in
// Finnish, /en/stories/x in English. The app's folders use the English names (app/[locale]/(media)/
// stories/...); the proxy rewrites the Finnish ones to them (contentPathnames), and links are built
// here so that they point at the address the reader sees.
import type { AppLocale } from '@/i18n/routing';

export type PublicContentType = 'STORY' | 'GUIDE' | 'EVENT';

/** The folder (internal path segment) and the public segment per language of each section. */
export const CONTENT_SECTIONS = {
  STORY: { folder: 'stories', fi: 'tarinat', en: 'stories' },
  GUIDE: { folder: 'guides', fi: 'oppaat', en: 'guides' },
  EVENT: { folder: 'events', fi: 'tapahtumat', en: 'events' },
} as const satisfies Record<PublicContentType, { folder: string } & Record<AppLocale, string>>;

export const PUBLIC_CONTENT_TYPES = Object.keys(CONTENT_SECTIONS) as PublicContentType[];

/**
 * The path of a section's index, or of one piece of content, without the locale prefix (the
 * next-intl Link adds /en): contentPath('STORY', 'fi', 'x') is /tarinat/x.
 */
export function contentPath(type: PublicContentType, locale: AppLocale, slug?: string): string {
  const section = `/${CONTENT_SECTIONS[type][locale]}`;
  return slug ? `${section}/${encodeURIComponent(slug)}` : section;
}

/**
 * The same path in another language's words: the first segment is swapped when it names a
 * section (/tarinat/x -> /stories/x); any other path is returned as it is. Used by the language
 * switch (the content page then sends a slug of the other language on to its translation) and
 * for links written into content as "/events".
 */
export function localizeSectionPath(pathname: string, to: AppLocale): string {
  const [, first = '', ...rest] = pathname.split('/');
  for (const section of Object.values(CONTENT_SECTIONS)) {
    if (first === section.folder || first === section.fi || first === section.en) {
      return ['', section[to], ...rest].join('/');
    }
  }
  return pathname;
}

/** For next-intl's proxy: which public paths map to which folders. */
export const contentPathnames = Object.fromEntries(
  Object.values(CONTENT_SECTIONS).flatMap((s) => [
    [`/${s.folder}`, { fi: `/${s.fi}`, en: `/${s.en}` }],
    [`/${s.folder}/[slug]`, { fi: `/${s.fi}/[slug]`, en: `/${s.en}/[slug]` }],
  ]),
);
