import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

type StoreRef = { slug: string; name: string };

/** The sections of one store's staff screens, and links to the member's other stores. */
export async function StoreNav({ store, stores }: { store: StoreRef; stores: StoreRef[] }) {
  const t = await getTranslations('store.nav');
  const base = `/store/${store.slug}`;
  const sections = [
    { href: `${base}/sell`, label: t('sell') },
    { href: `${base}/order`, label: t('order') },
    { href: `${base}/pickups`, label: t('pickups') },
    { href: `${base}/handover`, label: t('handover') },
    { href: `${base}/returns`, label: t('returns') },
    { href: `${base}/close`, label: t('close') },
    // Event check-in covers all the member's stores, so it lives outside /store/[storeSlug].
    { href: '/store/events', label: (await getTranslations('storeEvents'))('nav') },
  ];
  const others = stores.filter((s) => s.slug !== store.slug);
  return (
    <div className="mb-4 flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-stone-200 pb-3 print:hidden">
      <p className="text-lg font-semibold">{store.name}</p>
      <nav aria-label={t('label')}>
        <ul className="flex flex-wrap gap-2">
          {sections.map((section) => (
            <li key={section.href}>
              <Link
                href={section.href}
                className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-3 font-medium text-stone-900 hover:bg-stone-100"
              >
                {section.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {others.length > 0 ? (
        <nav aria-label={t('otherStores')} className="ml-auto">
          <ul className="flex flex-wrap gap-2 text-sm">
            {others.map((other) => (
              <li key={other.slug}>
                <Link href={`/store/${other.slug}/pickups`} className="inline-flex min-h-11 items-center underline underline-offset-4 hover:no-underline">
                  {t('switchTo', { name: other.name })}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}
