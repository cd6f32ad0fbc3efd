import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { Messages } from '@/i18n/messages-type';
import { RegistrationPanel } from './registration-panel';

export type EventRegistrationProps = { eventId: string };

/**
 * The event page's registration panel: seats left (fetched live, the page itself is cached),
 * the form, and the waitlist when full. Reads no session on the server. Only the strings the
 * panel uses travel to the browser.
 */
export async function EventRegistration({ eventId }: EventRegistrationProps) {
  const messages = (await getMessages()) as unknown as Messages;
  const picked = { ui: messages.ui, events: { registration: messages.events.registration } };
  return (
    <NextIntlClientProvider messages={picked as unknown as Messages}>
      <RegistrationPanel eventId={eventId} />
    </NextIntlClientProvider>
  );
}
