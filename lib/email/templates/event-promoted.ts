import 'server-only';
import type { EventMailFacts } from '@/lib/events/load-event-mail-facts';
import type { EmailMessage } from '../outbox';
import { calendarAttachment, eventBlock, eventEmail, eventEmailTools, registrationUrl, type EventMailRecipient } from './event-email-parts';

export const EVENT_PROMOTED_KIND = 'event.promoted';

/** "You got a place": a waitlisted guest moved up after a cancellation. With the calendar file. */
export async function eventPromotedEmail(facts: EventMailFacts, to: EventMailRecipient, cancelToken: string): Promise<EmailMessage> {
  const tools = await eventEmailTools(to.locale);
  const { t } = tools;
  return eventEmail(
    EVENT_PROMOTED_KIND,
    to,
    t('promoted.subject', { title: tools.title(facts) }),
    [
      t('greeting', { name: to.name }),
      t('promoted.intro'),
      eventBlock(facts, tools, to.seats),
      t('calendar'),
      facts.pageUrl ? { text: t('eventPage'), url: facts.pageUrl } : null,
      { text: t('cancelLink'), url: registrationUrl(cancelToken, to.locale), secret: cancelToken },
      tools.signature,
    ],
    [calendarAttachment(facts, tools, to.registrationId)],
  );
}
