import { useTranslations } from 'next-intl';
import { cn } from '@/components/ui/cn';
import { Link } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { contentPath, type PublicContentType } from '@/lib/content/content-paths';
import type { ContentTagLink } from '@/lib/content/list-content-tags';

const pill =
  'inline-flex min-h-11 items-center rounded-full px-4 font-medium focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-700';

/** The topics of a section as links (?tag=...); the chosen one is marked as the current page. */
export function TagFilter({
  type,
  locale,
  tags,
  current,
}: {
  type: PublicContentType;
  locale: AppLocale;
  tags: ContentTagLink[];
  current: string | null;
}) {
  const t = useTranslations('media.index');
  if (tags.length === 0) return null;
  const pathname = contentPath(type, locale);
  const items = [{ slug: null, name: t('allTags') }, ...tags];
  return (
    <nav aria-label={t('tagsLabel')}>
      <ul className="flex flex-wrap gap-2">
        {items.map((tag) => {
          const active = tag.slug === current;
          return (
            <li key={tag.slug ?? ''}>
              <Link
                href={tag.slug ? { pathname, query: { tag: tag.slug } } : pathname}
                aria-current={active ? 'page' : undefined}
                className={cn(pill, active ? 'bg-brand-700 text-white' : 'bg-brand-50 text-brand-800 hover:bg-brand-100')}
              >
                {tag.name}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
