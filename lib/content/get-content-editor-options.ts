import 'server-only';
import { prisma } from '@/lib/db';

export type ContentEditorOptions = {
  tags: { id: string; slug: string; name: string }[];
  categories: { slug: string; name: string }[];
  stores: { id: string; name: string }[];
  /** Events to come (for the event card block), soonest first. */
  events: { id: string; label: string; startsAt: Date }[];
};

/** The choices the editor offers: tags, categories, stores (not the warehouse) and upcoming events. */
export async function getContentEditorOptions(locale: 'fi' | 'en', now: Date = new Date()): Promise<ContentEditorOptions> {
  const [tags, categories, stores, events] = await Promise.all([
    prisma.tag.findMany({ select: { id: true, slug: true, nameFi: true, nameEn: true }, orderBy: { nameFi: 'asc' } }),
    prisma.category.findMany({ select: { slug: true, nameFi: true, nameEn: true }, orderBy: { nameFi: 'asc' } }),
    prisma.store.findMany({ where: { kind: 'STORE' }, select: { id: true, name: true }, orderBy: [{ position: 'asc' }, { name: 'asc' }] }),
    prisma.event.findMany({
      where: { endsAt: { gt: now } },
      select: { id: true, startsAt: true, store: { select: { name: true } }, contents: { select: { locale: true, title: true } } },
      orderBy: { startsAt: 'asc' },
      take: 100,
    }),
  ]);
  return {
    tags: tags.map((tag) => ({ id: tag.id, slug: tag.slug, name: locale === 'en' ? tag.nameEn : tag.nameFi })),
    categories: categories.map((c) => ({ slug: c.slug, name: locale === 'en' ? c.nameEn : c.nameFi })),
    stores,
    events: events.map((event) => {
      const title = (event.contents.find((c) => c.locale === locale) ?? event.contents[0])?.title ?? event.store.name;
      return { id: event.id, label: `${title} (${event.store.name})`, startsAt: event.startsAt };
    }),
  };
}
