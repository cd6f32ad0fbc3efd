import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';

export type CategoryListItem = { id: string; slug: string; name: string; count: number };

/** Links to categories with their number of products (home page, category index, subcategories). */
export function CategoryList({ categories, headingLevel = 3 }: { categories: CategoryListItem[]; headingLevel?: 2 | 3 }) {
  const t = useTranslations('catalog.categories');
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {categories.map((category) => (
        <li key={category.id}>
          <div className="relative flex min-h-16 items-center justify-between gap-3 rounded-xl border border-stone-200 bg-white px-4 py-3 shadow-sm hover:border-brand-700">
            <Heading className="font-semibold text-stone-900">
              <Link
                href={`/category/${category.slug}`}
                className="rounded-sm after:absolute after:inset-0 after:content-[''] focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
              >
                {category.name}
              </Link>
            </Heading>
            <span className="shrink-0 text-sm text-stone-700">{t('productCount', { count: category.count })}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}
