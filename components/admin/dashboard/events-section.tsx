import { getFormatter, getTranslations } from 'next-intl/server';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import type { UpcomingEvent } from '@/lib/admin/dashboard/get-upcoming-events';
import { DashboardSection } from './dashboard-section';

export async function EventsSection({ events }: { events: UpcomingEvent[] }) {
  const [t, format] = await Promise.all([getTranslations('adminDashboard.events'), getFormatter()]);
  return (
    <DashboardSection title={t('title')}>
      {events.length === 0 ? (
        <p className="text-stone-700">{t('empty')}</p>
      ) : (
        <Table caption={t('caption')} hideCaption>
          <THead>
            <Tr>
              <Th>{t('event')}</Th>
              <Th>{t('startsAt')}</Th>
              <Th className="text-right">{t('registrations')}</Th>
              <Th className="text-right">{t('waitlist')}</Th>
            </Tr>
          </THead>
          <TBody>
            {events.map((event) => (
              <Tr key={event.id}>
                <Td>
                  <span className="font-medium">{event.title ?? t('untitled')}</span>
                  <span className="block text-stone-700">{event.storeName}</span>
                </Td>
                <Td className="whitespace-nowrap">
                  {format.dateTime(event.startsAt, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Helsinki' })}
                </Td>
                <Td className="text-right tabular-nums">{t('seats', { confirmed: event.confirmedSeats, capacity: event.capacity })}</Td>
                <Td className="text-right tabular-nums">{event.waitlistSeats}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </DashboardSection>
  );
}
