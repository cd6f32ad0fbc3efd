import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { StoreForEdit } from '@/lib/admin/stores/get-store-for-edit';
import { formatMinutes } from '@/lib/stores/format-hours';
import { Card, CardTitle } from '@/components/ui/card';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import { ExceptionForm } from './exception-form';
import { RemoveExceptionButton } from './remove-exception-button';

/** A store's exceptional days from today on (holidays, short days), and the form to add one. */
export async function ExceptionList({ store, today }: { store: StoreForEdit; today: string }) {
  const [t, format, locale] = await Promise.all([getTranslations('adminStores.exceptions'), getFormatter(), getLocale()]);
  return (
    <Card as="section" aria-labelledby="store-exceptions" className="mt-6">
      <CardTitle id="store-exceptions">{t('title')}</CardTitle>
      <p className="mt-1 text-sm text-stone-700">{t('intro')}</p>
      {store.openingExceptions.length === 0 ? (
        <p className="mt-4 text-stone-700">{t('empty')}</p>
      ) : (
        <Table caption={t('caption')} hideCaption wrapperClassName="mt-4">
          <THead>
            <Tr>
              <Th>{t('date')}</Th>
              <Th>{t('hours')}</Th>
              <Th>{t('note')}</Th>
              <Th>
                <span className="sr-only">{t('actions')}</span>
              </Th>
            </Tr>
          </THead>
          <TBody>
            {store.openingExceptions.map((exception) => {
              const dateLabel = format.dateTime(exception.date, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'numeric', year: 'numeric' });
              const note = locale === 'en' ? (exception.noteEn ?? exception.noteFi) : (exception.noteFi ?? exception.noteEn);
              return (
                <Tr key={exception.id}>
                  <Td className="whitespace-nowrap">{dateLabel}</Td>
                  <Td>
                    {exception.closed || exception.opensAt === null || exception.closesAt === null
                      ? t('closedAllDay')
                      : `${formatMinutes(exception.opensAt)}–${formatMinutes(exception.closesAt)}`}
                  </Td>
                  <Td>{note ?? ''}</Td>
                  <Td>
                    <RemoveExceptionButton storeId={store.id} exceptionId={exception.id} dateLabel={dateLabel} />
                  </Td>
                </Tr>
              );
            })}
          </TBody>
        </Table>
      )}
      <ExceptionForm storeId={store.id} today={today} />
    </Card>
  );
}
