import { getTranslations } from 'next-intl/server';
import { Table, TBody, THead, Td, Th, Tr } from '@/components/ui/table';
import type { AppLocale } from '@/i18n/routing';
import { formatClockTime, formatDateTime } from '@/lib/events/format-clock-time';
import type { AdminRegistrationRow } from '@/lib/events/get-admin-event';

type Props = {
  title: string;
  rows: AdminRegistrationRow[];
  locale: AppLocale;
  /** The last column: arrival (confirmed), sign-up time (waitlist, in its order) or cancellation. */
  show: 'checkedIn' | 'registeredAt' | 'cancelledAt';
};

/** One group of an event's registrations for the owner. */
export async function RegistrationTable({ title, rows, locale, show }: Props) {
  const t = await getTranslations('events.admin');
  const when = (at: Date | null) => (at ? formatDateTime(at, locale) : '–');
  const last = { checkedIn: t('checkedIn'), registeredAt: t('registeredAt'), cancelledAt: t('cancelledAt') }[show];
  return (
    <section>
      {rows.length === 0 ? (
        <>
          <h2 className="text-lg font-semibold">{title}</h2>
          <p className="mt-1 text-stone-700">{t('none')}</p>
        </>
      ) : (
        <Table caption={title}>
          <THead>
            <Tr>
              <Th scope="col">{t('name')}</Th>
              <Th scope="col">{t('email')}</Th>
              <Th scope="col">{t('seats')}</Th>
              <Th scope="col">{t('language')}</Th>
              <Th scope="col">{last}</Th>
            </Tr>
          </THead>
          <TBody>
            {rows.map((row) => (
              <Tr key={row.id}>
                <Td>{row.name}</Td>
                <Td className="break-all">{row.email}</Td>
                <Td>{row.seats}</Td>
                <Td>{t(`languages.${row.locale}`)}</Td>
                <Td>
                  {show === 'checkedIn'
                    ? row.checkedInAt
                      ? formatClockTime(row.checkedInAt, locale)
                      : '–'
                    : when(show === 'registeredAt' ? row.createdAt : row.cancelledAt)}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </section>
  );
}
