import { prisma } from '@/lib/db';
import { createStore } from './stores';

let sequence = 0;

type EventOptions = {
  storeId?: string;
  /** Default: in 7 days. */
  startsAt?: Date;
  durationMinutes?: number;
  capacity?: number;
  status?: 'SCHEDULED' | 'CANCELLED';
  /** Titles of the published event pages (fi and en); null leaves that language out. */
  titleFi?: string | null;
  titleEn?: string | null;
};

/** An event in a store (a new one unless storeId is given), with published pages in Finnish and English. */
export async function createEvent(options: EventOptions = {}) {
  sequence += 1;
  const storeId = options.storeId ?? (await createStore({ street: 'Kauppakatu 5', postalCode: '40100', city: 'Jyväskylä' })).id;
  const startsAt = options.startsAt ?? new Date(Date.now() + 7 * 86_400_000);
  const event = await prisma.event.create({
    data: {
      storeId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + (options.durationMinutes ?? 120) * 60_000),
      capacity: options.capacity ?? 20,
      status: options.status ?? 'SCHEDULED',
    },
  });
  const group = crypto.randomUUID();
  const pages = [
    { locale: 'fi' as const, title: options.titleFi === undefined ? `Kahvimaistelu ${sequence}` : options.titleFi, slug: `kahvimaistelu-${event.id}` },
    { locale: 'en' as const, title: options.titleEn === undefined ? `Coffee tasting ${sequence}` : options.titleEn, slug: `coffee-tasting-${event.id}` },
  ];
  for (const page of pages) {
    if (page.title === null) continue;
    await prisma.content.create({
      data: { type: 'EVENT', status: 'PUBLISHED', locale: page.locale, translationGroupId: group, slug: page.slug, title: page.title, eventId: event.id, publishedAt: new Date() },
    });
  }
  return event;
}

let guests = 0;

/** Registration input for a new guest (unique e-mail) of an event. */
export function guest(eventId: string, overrides: Partial<{ name: string; email: string; seats: number; locale: 'fi' | 'en' }> = {}) {
  guests += 1;
  return {
    eventId,
    name: overrides.name ?? `Vieras ${guests}`,
    email: overrides.email ?? `guest-${process.pid}-${Date.now()}-${guests}@example.com`,
    seats: overrides.seats ?? 1,
    locale: overrides.locale ?? ('fi' as const),
  };
}
