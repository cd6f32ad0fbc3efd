import { createEvent } from 'ics';

export type IcsEvent = {
  /** Unique and stable per registration: `<registration id>@<shop host>`. */
  uid: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  url?: string | null;
  description?: string;
};

/**
 * A calendar file (.ics) for one event: METHOD:PUBLISH, times in UTC (calendars show them in the
 * reader's own zone), the store's address as LOCATION and the event page as URL.
 */
export function eventIcs(event: IcsEvent): string {
  const { error, value } = createEvent({
    method: 'PUBLISH',
    productId: 'digijalka/events',
    uid: event.uid,
    title: event.title,
    description: event.description,
    start: event.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: event.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    location: event.location,
    ...(event.url ? { url: event.url } : {}),
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
  });
  if (error || !value) throw error ?? new Error('Could not build the calendar file');
  return value;
}

/** A host name for calendar UIDs, from the shop's public address. */
export function shopHost(baseUrl: string): string {
  try {
    return new URL(baseUrl).hostname || 'digijalka';
  } catch {
    return 'digijalka';
  }
}
