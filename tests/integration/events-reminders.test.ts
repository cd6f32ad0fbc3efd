// The reminder 24 hours before: confirmed guests only, once each, even with two workers at once,
// with a cancel link that works.
import '../support/test-database';
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { cancelRegistration } from '@/lib/events/cancel-registration';
import { registerForEvent } from '@/lib/events/register-for-event';
import { sendEventReminders } from '@/lib/events/send-event-reminders';
import { createEvent, guest } from '../support/factories/events';

const HOUR = 3_600_000;

async function reminders(emails: string[]) {
  return prisma.outboxMessage.findMany({ where: { kind: 'event.reminder', toEmail: { in: emails } }, orderBy: { createdAt: 'asc' } });
}

describe('sendEventReminders', () => {
  it('reminds the confirmed guests of events starting within 24 hours, once', async () => {
    const now = new Date();
    const soon = await createEvent({ startsAt: new Date(now.getTime() + 20 * HOUR), capacity: 3, titleFi: 'Neuleilta' });
    const later = await createEvent({ startsAt: new Date(now.getTime() + 30 * HOUR) });
    const cancelledEvent = await createEvent({ startsAt: new Date(now.getTime() + 10 * HOUR) });
    const coming = [guest(soon.id, { seats: 2 }), guest(soon.id, { locale: 'en' })];
    for (const g of coming) await registerForEvent(g);
    const waiting = guest(soon.id);
    await registerForEvent(waiting);
    const notYet = guest(later.id);
    await registerForEvent(notYet);
    const offEvent = guest(cancelledEvent.id);
    await registerForEvent(offEvent);
    await prisma.event.update({ where: { id: cancelledEvent.id }, data: { status: 'CANCELLED' } });
    const everyone = [...coming, waiting, notYet, offEvent].map((g) => g.email);

    expect(await sendEventReminders(now)).toBe(2);
    expect(await sendEventReminders(now)).toBe(0);
    expect(await sendEventReminders(new Date(now.getTime() + HOUR))).toBe(0);

    const sent = await reminders(everyone);
    expect(sent.map((m) => m.toEmail).sort()).toEqual(coming.map((g) => g.email).sort());
    const fi = sent.find((m) => m.toEmail === coming[0].email)!;
    expect(fi.subject).toBe('Muistutus: Neuleilta');
    expect(fi.text).toContain('2 paikkaa');
    expect(sent.find((m) => m.toEmail === coming[1].email)!.subject).toMatch(/^Reminder: /);
    const marked = await prisma.eventRegistration.findMany({ where: { eventId: soon.id, reminderSentAt: { not: null } } });
    expect(marked).toHaveLength(2);

    // The reminder's cancel link works (it replaces the earlier link: only one hash is stored).
    const token = /\/event-registration\/([A-Za-z0-9_-]+)/.exec(fi.text)![1];
    const result = await cancelRegistration(token);
    expect(result.alreadyCancelled).toBe(false);
    expect(result.promotedIds).toHaveLength(1); // the waitlisted guest gets one of the two freed seats
    // ... and, now confirmed, a reminder of their own on the next run.
    expect(await sendEventReminders(now)).toBe(1);
    expect((await reminders([waiting.email])).length).toBe(1);
  });

  it('sends one reminder per guest when two workers run at once', async () => {
    const now = new Date();
    const event = await createEvent({ startsAt: new Date(now.getTime() + 5 * HOUR), capacity: 20 });
    const guests = Array.from({ length: 8 }, () => guest(event.id));
    for (const g of guests) await registerForEvent(g);

    const counts = await Promise.all([sendEventReminders(now), sendEventReminders(now), sendEventReminders(now)]);

    expect(counts.reduce((a, b) => a + b, 0)).toBe(8);
    const sent = await reminders(guests.map((g) => g.email));
    expect(sent).toHaveLength(8);
    expect(new Set(sent.map((m) => m.toEmail)).size).toBe(8);
  });
});
