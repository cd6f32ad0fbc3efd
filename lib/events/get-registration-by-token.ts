import 'server-only';
import { hashToken } from '@/lib/auth/tokens';
import { prisma } from '@/lib/db';
import type { AppLocale } from '@/i18n/routing';
import { pickEventPage } from './event-title';

export type RegistrationByToken = {
  name: string;
  email: string;
  seats: number;
  status: 'CONFIRMED' | 'WAITLIST' | 'CANCELLED';
  event: {
    title: string | null;
    page: { locale: AppLocale; slug: string } | null;
    startsAt: Date;
    endsAt: Date;
    cancelled: boolean;
    store: { name: string; street: string | null; postalCode: string | null; city: string | null };
  };
  /** The guest may still cancel: active, and the event has not started or been cancelled. */
  canCancel: boolean;
};

/** The registration behind a cancel link (the token is the credential), or null for an unknown link. */
export async function getRegistrationByToken(token: string, locale: AppLocale, now: Date = new Date()): Promise<RegistrationByToken | null> {
  if (token.length > 100) return null;
  const row = await prisma.eventRegistration.findUnique({
    where: { cancelTokenHash: hashToken(token) },
    select: {
      name: true,
      email: true,
      seats: true,
      status: true,
      event: {
        select: {
          startsAt: true,
          endsAt: true,
          status: true,
          store: { select: { name: true, street: true, postalCode: true, city: true } },
          contents: { where: { type: 'EVENT' }, select: { locale: true, slug: true, title: true, status: true } },
        },
      },
    },
  });
  if (!row) return null;
  const page = pickEventPage(row.event.contents, locale);
  const cancelled = row.event.status === 'CANCELLED';
  return {
    name: row.name,
    email: row.email,
    seats: row.seats,
    status: row.status,
    event: {
      title: page?.title ?? null,
      page: page && page.status === 'PUBLISHED' ? { locale: page.locale, slug: page.slug } : null,
      startsAt: row.event.startsAt,
      endsAt: row.event.endsAt,
      cancelled,
      store: row.event.store,
    },
    canCancel: row.status !== 'CANCELLED' && !cancelled && row.event.startsAt.getTime() > now.getTime(),
  };
}
