import { getFormatter, getTranslations } from 'next-intl/server';
import { Card, CardTitle } from '@/components/ui/card';

type Props = {
  customer: { name: string; email: string; phone: string | null };
  orderNumber: number;
  placedAt: Date;
  pickupStoreName: string | null;
  /** Lines about the registered return (where the shopper said they'd bring it, their reason). */
  notes?: readonly string[];
};

/** Who is at the desk and which order the goods come from. */
export async function ReceiveCustomer({ customer, orderNumber, placedAt, pickupStoreName, notes = [] }: Props) {
  const t = await getTranslations('storeReturns.receive');
  const format = await getFormatter();
  return (
    <Card as="section" aria-labelledby="return-customer">
      <CardTitle id="return-customer">{t('customer')}</CardTitle>
      <p className="mt-1 font-medium">{customer.name}</p>
      <p className="text-stone-700">{[customer.email, customer.phone].filter(Boolean).join(' · ')}</p>
      <p className="mt-2 text-stone-700">{t('order', { number: String(orderNumber), date: format.dateTime(placedAt, { dateStyle: 'medium' }) })}</p>
      {pickupStoreName ? <p className="text-stone-700">{t('pickedUpAt', { store: pickupStoreName })}</p> : null}
      {notes.map((note) => (
        <p key={note} className="text-stone-700">
          {note}
        </p>
      ))}
    </Card>
  );
}
