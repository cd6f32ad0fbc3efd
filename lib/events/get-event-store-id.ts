import 'server-only';
import { prisma } from '@/lib/db';

/** The store an event happens in (whose staff may see its guests), or null for an unknown event. */
export async function getEventStoreId(eventId: string): Promise<string | null> {
  const event = await prisma.event.findUnique({ where: { id: eventId }, select: { storeId: true } });
  return event?.storeId ?? null;
}
