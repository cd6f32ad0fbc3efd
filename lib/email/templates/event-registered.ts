import 'server-only';
import type { EventMailFacts } from '@/lib/events/load-event-mail-facts';
import type { EmailMessage } from '../outbox';
import { calendarAttachment, eventBlock, eventEmail, eventEmailTools, registrationUrl, type EventMailRecipient } from './event-email-parts';

export const EVENT_CONFIRMED_KIND = 'event.confirmed';
export const EVENT_WAITLISTED_KIND = 'event.waitlisted';

/**
 * The answer to a registration: a confirmed place (with the calendar file), or a place on the
 * waitlist (no calendar file: they are not coming yet). Both carry the cancel link.
 */
export async function eventRegisteredEmail(
  facts: EventMailFacts,
  to: EventMailRecipient,
  status: 'CONFIRMED' | 'WAITLIST',
  cancelToken: string,
): Promise<EmailMessage> {
  const tools = await eventEmailTools(to.locale);
  const { t } = tools;
  const title = tools.title(facts);
  const confirmed = status === 'CONFIRMED';
  return eventEmail(
    confirmed ? EVENT_CONFIRMED_KIND : EVENT_WAITLISTED_KIND,
    to,
    confirmed ? t('confirmed.subject', { title }) : t('waitlisted.subject', { title }),
    [
      t('greeting', { name: to.name }),
      confirmed ? t('confirmed.intro') : t('waitlisted.intro'),
      eventBlock(facts, tools, to.seats),
      confirmed ? t('calendar') : null,
      facts.pageUrl ? { text: t('eventPage'), url: facts.pageUrl } : null,
      { text: confirmed ? t('cancelLink') : t('leaveWaitlist'), url: registrationUrl(cancelToken, to.locale), secret: cancelToken },
      tools.signature,
    ],
    confirmed ? [calendarAttachment(facts, tools, to.registrationId)] : [],
  );
}
