import QRCode from 'qrcode';
import { getLocale, getTranslations } from 'next-intl/server';
import type { CounterReceipt } from '@/lib/counter/load-counter-receipt';
import { formatCents } from '@/lib/money';
import { formatVatRate } from '@/lib/orders/format-vat-rate';

/**
 * A counter sale's receipt as Finnish law asks for it: the seller and business ID, the store,
 * date and time, the receipt number, the lines, VAT by rate, the total and how it was paid.
 * 72 mm wide, the printable width of an 80 mm receipt roll.
 */
export async function CounterReceiptSlip({ receipt }: { receipt: CounterReceipt }) {
  const [t, locale] = await Promise.all([getTranslations('storeCounter.receipt'), getLocale()]);
  const money = (cents: number) => formatCents(cents, locale, receipt.currency);
  const when = new Intl.DateTimeFormat(locale === 'fi' ? 'fi-FI' : 'en-GB', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Helsinki' }).format(receipt.soldAt);
  const store = receipt.store;
  // The receipt number as a QR code: the return desk's scanner finds the sale from it.
  const qr = await QRCode.toString(String(receipt.number), { type: 'svg', errorCorrectionLevel: 'M', margin: 1, width: 96 });
  return (
    <article aria-label={t('slip')} className="receipt-slip w-[72mm] bg-white p-3 font-mono text-xs leading-snug text-black shadow print:p-0 print:shadow-none">
      <header className="text-center">
        <p className="text-sm font-bold">{receipt.seller.name}</p>
        {receipt.seller.businessId ? <p>{t('businessId', { id: receipt.seller.businessId })}</p> : null}
        <p>{store.name}</p>
        <p>{[store.street, [store.postalCode, store.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')}</p>
      </header>
      <p className="mt-2 flex justify-between">
        <span>{when}</span>
        <span>{t('number', { number: String(receipt.number) })}</span>
      </p>
      <table className="mt-2 w-full">
        <caption className="sr-only">{t('lines')}</caption>
        <tbody>
          {receipt.lines.map((line, index) => (
            <tr key={index} className="align-top">
              <th scope="row" className="pr-1 text-left font-normal">
                {line.variantLabel ? `${line.name} (${line.variantLabel})` : line.name}
                {line.quantity > 1 ? <span className="block">{`${line.quantity} × ${money(line.unitPriceCents)}`}</span> : null}
              </th>
              <td className="text-right whitespace-nowrap">{money(line.lineTotalCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 flex justify-between border-t border-dashed border-black pt-1 text-sm font-bold">
        <span>{t('total')}</span>
        <span>{money(receipt.totalCents)}</span>
      </p>
      {receipt.payments.map((payment) => (
        <p key={payment.provider} className="flex justify-between">
          <span>{t(`paid.${payment.provider}`)}</span>
          <span>{money(payment.amountCents)}</span>
        </p>
      ))}
      {receipt.exchangeCredit ? (
        <p className="flex justify-between">
          <span>{t('exchangeCredit', { number: String(receipt.exchangeCredit.returnNumber) })}</span>
          <span>{money(receipt.exchangeCredit.amountCents)}</span>
        </p>
      ) : null}
      {receipt.givenCents !== null ? (
        <>
          <p className="flex justify-between">
            <span>{t('given')}</span>
            <span>{money(receipt.givenCents)}</span>
          </p>
          <p className="flex justify-between">
            <span>{t('change')}</span>
            <span>{money(receipt.changeCents)}</span>
          </p>
        </>
      ) : null}
      {receipt.cardReference ? <p>{t('cardReference', { reference: receipt.cardReference })}</p> : null}
      <table className="mt-2 w-full">
        <caption className="text-left">{t('vatTitle')}</caption>
        <thead>
          <tr>
            <th scope="col" className="text-left font-normal">{t('vatRate')}</th>
            <th scope="col" className="text-right font-normal">{t('vatNet')}</th>
            <th scope="col" className="text-right font-normal">{t('vatAmount')}</th>
            <th scope="col" className="text-right font-normal">{t('vatGross')}</th>
          </tr>
        </thead>
        <tbody>
          {receipt.vatBreakdown.map((row) => (
            <tr key={row.rateBp}>
              <td>{`${formatVatRate(row.rateBp, locale)} %`}</td>
              <td className="text-right">{money(row.netCents)}</td>
              <td className="text-right">{money(row.vatCents)}</td>
              <td className="text-right">{money(row.grossCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {receipt.servedBy ? <p className="mt-2">{t('servedBy', { name: receipt.servedBy })}</p> : null}
      <div className="mt-2 flex flex-col items-center">
        <div role="img" aria-label={t('qr', { number: String(receipt.number) })} className="size-24" dangerouslySetInnerHTML={{ __html: qr }} />
        <p>{t('returnsHint', { days: receipt.returnWindowDays })}</p>
      </div>
      <p className="mt-2 text-center">{t('thanks')}</p>
    </article>
  );
}
