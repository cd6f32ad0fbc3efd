import { getEventSeats } from '@/lib/events/get-event-seats';

// Seats left for the registration panel on the (cached) event page: live, never cached, no session.
export const dynamic = 'force-dynamic';

const HEADERS = { 'Cache-Control': 'no-store' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function GET(_request: Request, { params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  const seats = UUID.test(eventId) ? await getEventSeats(eventId) : null;
  if (!seats) return Response.json({ error: 'not_found' }, { status: 404, headers: HEADERS });
  return Response.json(seats, { headers: HEADERS });
}
