import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { AdminOrder } from '@/lib/admin/orders/get-admin-order';
import { formatCents } from '@/lib/money';

type Entry = { id: string; at: Date; who: string | null; title: string; details: string[]; note: boolean };

/** The timeline of every change (what, who, when) with the internal notes among them, oldest first. */
export function OrderActivity({ order }: { order: AdminOrder }) {
  const t = useTranslations('adminOrders.timeline');
  const format = useFormatter();
  const locale = useLocale();
  const entries: Entry[] = [
    ...order.events.map((event) => {
      const data = (event.data ?? {}) as Record<string, unknown>;
      const key = `events.${event.type}` as Parameters<typeof t>[0];
      const details: string[] = [];
      if (typeof data.amountCents === 'number') details.push(t('amount', { amount: formatCents(data.amountCents, locale, order.currency) }));
      if (typeof data.reason === 'string' && data.reason) details.push(t('reason', { reason: data.reason }));
      // Add-ons sold with a hand-over: their own counter sale, by number.
      if (typeof data.saleNumber === 'number') details.push(t('sale', { number: String(data.saleNumber) }));
      return {
        id: event.id,
        at: event.createdAt,
        who: event.actor ? (event.actor.name ?? event.actor.email) : null,
        title: t.has(key) ? t(key) : t('other', { type: event.type }),
        details,
        note: false,
      };
    }),
    ...order.notes.map((note) => ({ id: note.id, at: note.createdAt, who: note.author ? (note.author.name ?? note.author.email) : null, title: t('note'), details: [note.text], note: true })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  return (
    <ol className="mt-3 flex flex-col gap-3 border-l-2 border-brand-200 pl-4">
      {entries.map((entry) => (
        <li key={entry.id} className="relative">
          <span aria-hidden="true" className={`absolute top-1.5 -left-[1.4rem] size-3 rounded-full ${entry.note ? 'bg-amber-600' : 'bg-brand-700'}`} />
          <p className="font-medium text-stone-900">{entry.title}</p>
          {entry.details.map((detail, index) => (
            <p key={index} className={entry.note ? 'whitespace-pre-wrap text-stone-900' : 'text-sm text-stone-800'}>
              {detail}
            </p>
          ))}
          <p className="text-sm text-stone-700">
            <time dateTime={entry.at.toISOString()}>{format.dateTime(entry.at, { dateStyle: 'medium', timeStyle: 'short' })}</time> · {entry.who ?? t('system')}
          </p>
        </li>
      ))}
    </ol>
  );
}
