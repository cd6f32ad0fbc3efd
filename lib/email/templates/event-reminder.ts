import 'server-only';
import type { EventMailFacts } from '@/lib/events/load-event-mail-facts';
import type { EmailMessage } from '../outbox';
import { eventBlock, eventEmail, eventEmailTools, registrationUrl, type EventMailRecipient } from './event-email-parts';

export const EVENT_REMINDER_KIND = 'event.reminder';

/** The day-before reminder to a confirmed guest, with the cancel link (a place given back helps the waitlist). */
export async function eventReminderEmail(facts: EventMailFacts, to: EventMailRecipient, cancelToken: string): Promise<EmailMessage> {
  const tools = await eventEmailTools(to.locale);
  const { t } = tools;
  return eventEmail(EVENT_REMINDER_KIND, to, t('reminder.subject', { title: tools.title(facts) }), [
    t('greeting', { name: to.name }),
    t('reminder.intro'),
    eventBlock(facts, tools, to.seats),
    facts.pageUrl ? { text: t('eventPage'), url: facts.pageUrl } : null,
    { text: t('cancelLink'), url: registrationUrl(cancelToken, to.locale), secret: cancelToken },
    tools.signature,
  ]);
}
