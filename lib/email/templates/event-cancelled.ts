import 'server-only';
import type { EventMailFacts } from '@/lib/events/load-event-mail-facts';
import type { EmailMessage } from '../outbox';
import { eventBlock, eventEmail, eventEmailTools, type EventMailRecipient } from './event-email-parts';

export const EVENT_CANCELLED_KIND = 'event.cancelled';

/** The shop cancelled the event: every guest with a place or on the waitlist is told. */
export async function eventCancelledEmail(facts: EventMailFacts, to: EventMailRecipient): Promise<EmailMessage> {
  const tools = await eventEmailTools(to.locale);
  const { t } = tools;
  const message = eventEmail(EVENT_CANCELLED_KIND, to, t('cancelled.subject', { title: tools.title(facts) }), [
    t('greeting', { name: to.name }),
    t('cancelled.intro'),
    eventBlock(facts, tools, to.seats),
    t('cancelled.sorry'),
    tools.signature,
  ]);
  // An event brought back and cancelled again tells its guests again: one message per cancellation.
  return { ...message, reference: `${to.registrationId}:${Date.now()}` };
}
