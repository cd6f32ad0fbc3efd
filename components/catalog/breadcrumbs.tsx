import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';

export type Crumb = { name: string; href: string };

/** Where the page sits: Home › … › current page (the last item, not a link). */
export function Breadcrumbs({ items, current }: { items: Crumb[]; current: string }) {
  const t = useTranslations('catalog.breadcrumbs');
  return (
    <nav aria-label={t('label')} className="text-sm">
      <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-stone-700">
        {[{ name: t('home'), href: '/' }, ...items].map((item) => (
          <li key={item.href} className="flex items-center gap-1.5">
            <Link href={item.href} className="inline-flex min-h-6 items-center underline-offset-2 hover:underline">
              {item.name}
            </Link>
            <span aria-hidden="true" className="text-stone-500">
              ›
            </span>
          </li>
        ))}
        <li>
          <span aria-current="page" className="font-medium text-stone-900">
            {current}
          </span>
        </li>
      </ol>
    </nav>
  );
}
