'use client';

import { useCallback, useEffect, useState } from 'react';
import type { EventSeats } from '@/lib/events/get-event-seats';

export type SeatsLoad = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; seats: EventSeats };

/** Seats left, fetched live from /api/events/[id]/seats (the page around it is cached); `reload` after a registration. */
export function useEventSeats(eventId: string): { load: SeatsLoad; reload: () => void } {
  const [load, setLoad] = useState<SeatsLoad>({ status: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/events/${encodeURIComponent(eventId)}/seats`, { cache: 'no-store', signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<EventSeats>) : Promise.reject(new Error(String(response.status)))))
      .then((seats) => setLoad({ status: 'ready', seats }))
      .catch(() => {
        if (!controller.signal.aborted) setLoad({ status: 'failed' });
      });
    return () => controller.abort();
  }, [eventId, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { load, reload };
}
