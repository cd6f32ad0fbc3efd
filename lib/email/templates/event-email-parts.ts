import 'server-only';
import { createTranslator } from 'next-intl';
import { loadMessages } from '@/i18n/messages';
import type { AppLocale } from '@/i18n/routing';
import { SHOP_TIME_ZONE } from '@/lib/catalog/helsinki-clock';
import { eventIcs, shopHost } from '@/lib/events/event-ics';
import { storeAddress, type EventMailFacts } from '@/lib/events/load-event-mail-facts';
import type { EmailAttachment, EmailMessage } from '../outbox';
import { appUrl } from '../translator';
import { escapeHtml, htmlDocument } from './pickup-email-parts';

// What every event e-mail shares: the reader's language, the event's time in Helsinki time and
// its place, the cancel link, the calendar file, and a plain HTML part saying the same as the text.

/** The registration an e-mail goes to. */
export type EventMailRecipient = { registrationId: string; name: string; email: string; seats: number; locale: AppLocale };

export async function eventEmailTools(locale: AppLocale) {
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: 'events.email' });
  const signature = createTranslator({ locale, messages, namespace: 'email' })('signature');
  const tag = locale === 'fi' ? 'fi-FI' : 'en-GB';
  const day = new Intl.DateTimeFormat(tag, { timeZone: SHOP_TIME_ZONE, weekday: 'long', day: 'numeric', month: 'numeric', year: 'numeric' });
  const clock = new Intl.DateTimeFormat(tag, { timeZone: SHOP_TIME_ZONE, hour: '2-digit', minute: '2-digit' });
  return {
    t,
    signature,
    title: (facts: EventMailFacts) => facts.title ?? t('fallbackTitle', { store: facts.store.name }),
    when: (facts: EventMailFacts) => t('when', { date: day.format(facts.startsAt), start: clock.format(facts.startsAt), end: clock.format(facts.endsAt) }),
  };
}

export type EventEmailTools = Awaited<ReturnType<typeof eventEmailTools>>;

/** The event's title, time and place, one per line. */
export function eventBlock(facts: EventMailFacts, tools: EventEmailTools, seats: number): string {
  return [tools.title(facts), tools.when(facts), [facts.store.name, storeAddress(facts.store)].filter(Boolean).join(', '), tools.t('seats', { seats })].join('\n');
}

/** The page where the guest sees and cancels the registration (the token is the credential). */
export function registrationUrl(token: string, locale: AppLocale): string {
  return appUrl(`/event-registration/${encodeURIComponent(token)}`, locale);
}

/** The .ics file for a confirmed place. */
export function calendarAttachment(facts: EventMailFacts, tools: EventEmailTools, registrationId: string): EmailAttachment {
  const ics = eventIcs({
    uid: `${registrationId}@${shopHost(appUrl('/', 'fi'))}`,
    title: tools.title(facts),
    startsAt: facts.startsAt,
    endsAt: facts.endsAt,
    location: [facts.store.name, storeAddress(facts.store)].filter(Boolean).join(', '),
    url: facts.pageUrl,
  });
  return {
    filename: tools.t('calendarFilename'),
    contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
    contentBase64: Buffer.from(ics, 'utf8').toString('base64'),
  };
}

/** A link section's `secret` (a token in its path) is hidden in the stored copy once sent. */
type Section = string | { text: string; url: string; secret?: string };

/** Text and HTML parts from the same sections; a link section is a label and its address. */
export function eventEmail(
  kind: string,
  to: EventMailRecipient,
  subject: string,
  sections: readonly (Section | null)[],
  attachments: EmailAttachment[] = [],
): EmailMessage {
  const present = sections.filter((s): s is Section => s !== null);
  const text = present.map((s) => (typeof s === 'string' ? s : `${s.text}\n${s.url}`)).join('\n\n');
  const html = present
    .map((s) =>
      typeof s === 'string'
        ? `<p>${escapeHtml(s).replaceAll('\n', '<br>')}</p>`
        : `<p>${escapeHtml(s.text)}<br><a href="${escapeHtml(s.url)}">${escapeHtml(s.url)}</a></p>`,
    )
    .join('\n');
  const secrets = present.flatMap((s) => (typeof s !== 'string' && s.secret ? [s.secret] : []));
  return { kind, reference: to.registrationId, to: to.email, subject, text, html: htmlDocument(to.locale, html), attachments, secrets };
}
