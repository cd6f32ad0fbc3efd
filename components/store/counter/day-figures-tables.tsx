import { getLocale, getTranslations } from 'next-intl/server';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import type { DayFigures } from '@/lib/counter/day-close/day-figures';
import type { listDayCloses } from '@/lib/counter/day-close/list-day-closes';
import { formatCents } from '@/lib/money';
import { formatVatRate } from '@/lib/orders/format-vat-rate';

const METHODS = ['CASH', 'CARD_TERMINAL'] as const;

/** The day by payment method (taken, given back, expected) and by VAT rate (sales, returns). */
export async function DayFiguresTables({ figures }: { figures: DayFigures }) {
  const [t, locale] = await Promise.all([getTranslations('storeCounter.close'), getLocale()]);
  const money = (cents: number) => formatCents(cents, locale);
  const rates = [...new Set([...figures.sales.byVat, ...figures.returns.byVat].map((row) => row.rateBp))].sort((a, b) => b - a);
  const gross = (rows: DayFigures['sales']['byVat'], rate: number) => rows.find((row) => row.rateBp === rate)?.grossCents ?? 0;
  return (
    <div className="flex flex-col gap-4">
      <p>{t('counts', { sales: figures.sales.count, returns: figures.returns.count })}</p>
      <Table caption={t('byMethod')}>
        <THead>
          <Tr>
            <Th>{t('method')}</Th>
            <Th className="text-right">{t('taken')}</Th>
            <Th className="text-right">{t('givenBack')}</Th>
            <Th className="text-right">{t('expected')}</Th>
          </Tr>
        </THead>
        <TBody>
          {METHODS.map((method) => (
            <Tr key={method}>
              <Th scope="row">{t(`methods.${method}`)}</Th>
              <Td className="text-right tabular-nums">{money(figures.payments[method])}</Td>
              <Td className="text-right tabular-nums">{money(figures.refunds[method])}</Td>
              <Td className="text-right font-semibold tabular-nums">{money(figures.expected[method])}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      {rates.length > 0 ? (
        <Table caption={t('byVat')}>
          <THead>
            <Tr>
              <Th>{t('vatRate')}</Th>
              <Th className="text-right">{t('sales')}</Th>
              <Th className="text-right">{t('returns')}</Th>
              <Th className="text-right">{t('net')}</Th>
            </Tr>
          </THead>
          <TBody>
            {rates.map((rate) => (
              <Tr key={rate}>
                <Th scope="row">{`${formatVatRate(rate, locale)} %`}</Th>
                <Td className="text-right tabular-nums">{money(gross(figures.sales.byVat, rate))}</Td>
                <Td className="text-right tabular-nums">{money(gross(figures.returns.byVat, rate))}</Td>
                <Td className="text-right tabular-nums">{money(gross(figures.sales.byVat, rate) - gross(figures.returns.byVat, rate))}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : null}
    </div>
  );
}

type Entries = Awaited<ReturnType<typeof listDayCloses>>;

/** The day's close and its corrections, each with what was expected, counted, the difference and why. */
export async function DayEntries({ entries }: { entries: Entries }) {
  const [t, locale] = await Promise.all([getTranslations('storeCounter.close'), getLocale()]);
  const money = (cents: number) => formatCents(cents, locale);
  const time = new Intl.DateTimeFormat(locale === 'fi' ? 'fi-FI' : 'en-GB', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Helsinki' });
  return (
    <Table caption={t('entries')}>
      <THead>
        <Tr>
          <Th>{t('entry')}</Th>
          <Th className="text-right">{t('cashDifference')}</Th>
          <Th className="text-right">{t('cardDifference')}</Th>
          <Th>{t('reason')}</Th>
        </Tr>
      </THead>
      <TBody>
        {entries.map((entry) => (
          <Tr key={entry.id}>
            <Th scope="row">
              {entry.entry === 0 ? t('closeEntry') : t('correctionEntry', { number: entry.entry })}
              <span className="block text-sm font-normal text-stone-700">
                {time.format(entry.createdAt)} · {entry.closedBy?.name ?? entry.closedBy?.email ?? ''}
              </span>
            </Th>
            <Td className="text-right tabular-nums">{money(entry.countedCashCents - entry.expectedCashCents)}</Td>
            <Td className="text-right tabular-nums">{money(entry.terminalCardCents - entry.expectedCardCents)}</Td>
            <Td>{entry.reason ?? '—'}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
