import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { CustomerCardView } from '@/components/store/counter/customer-card-view';
import { HandoverForm } from '@/components/store/handover/handover-form';
import { HandoverOrderSummary } from '@/components/store/handover/handover-order-summary';
import { HandoverState } from '@/components/store/handover/handover-state';
import { PickupStatusBadge } from '@/components/store/handover/pickup-status-badge';
import { ButtonLink } from '@/components/ui/button';
import { loadCustomerCard } from '@/lib/counter/customer-card/load-customer-card';
import { findHandoverPickup } from '@/lib/pickups/find-handover-pickup';
import { suggestAddOns } from '@/lib/pickups/suggest-add-ons';
import { requireStoreStaff } from '@/lib/stores/require-store-staff';
import { readIntParam } from '@/lib/validation/number-param';

type Props = {
  params: Promise<{ locale: string; storeSlug: string; number: string }>;
  searchParams: Promise<{ code?: string | string[]; done?: string | string[] }>;
};

export async function generateMetadata({ params }: Props) {
  const [locale, { number }] = await Promise.all([metadataLocale(params), params]);
  const t = await getTranslations({ locale, namespace: 'storeHandover.handover' });
  return { title: t('title', { number }) };
}

/**
 * One order at the counter: who, what, paid or what to take, and the hand-over. 404 when the
 * order is not picked up at this store.
 */
export default async function HandoverPage({ params, searchParams }: Props) {
  const [locale, { storeSlug, number: numberParam }, query] = await Promise.all([pageLocale(params), params, searchParams]);
  const code = (Array.isArray(query.code) ? query.code[0] : query.code)?.trim().slice(0, 40) ?? '';
  // A QR opened on a signed-out device comes back here, code and all, after signing in.
  const returnTo = `/store/${storeSlug}/handover/${numberParam}${code ? `?code=${encodeURIComponent(code)}` : ''}`;
  const { user, store } = await requireStoreStaff({ slug: storeSlug }, returnTo);
  const number = readIntParam(numberParam);
  if (!number) notFound();
  const pickup = await findHandoverPickup({ storeId: store.id, number });
  if (!pickup) notFound();
  const ready = pickup.status === 'READY_FOR_PICKUP';
  const payable = pickup.orderStatus === 'PAID' || pickup.orderStatus === 'PAY_AT_PICKUP';
  const [addOns, card] = await Promise.all([
    // Offered only where they can be sold with the hand-over, in the same step.
    ready && payable ? suggestAddOns({ orderId: pickup.orderId, storeId: store.id, limit: 4, locale }) : [],
    // The customer's card, when the order is on an account; rendering it records the viewing.
    pickup.customerId ? loadCustomerCard({ customerId: pickup.customerId, viewer: user, storeId: store.id, locale }) : null,
  ]);
  const t = await getTranslations('storeHandover.handover');

  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('title', { number: String(pickup.number) })}</h1>
        <PickupStatusBadge status={pickup.status} />
      </div>
      <HandoverState pickup={pickup} justHandedOver={query.done === '1'} />
      <HandoverOrderSummary pickup={pickup} />
      {ready && payable ? (
        <HandoverForm
          storeId={store.id}
          storeSlug={store.slug}
          number={pickup.number}
          code={code}
          dueCents={Math.max(pickup.dueCents, 0)}
          currency={pickup.currency}
          addOns={addOns}
        />
      ) : null}
      {card ? <CustomerCardView card={card} /> : null}
      <ButtonLink href={`/store/${store.slug}/handover`} variant="secondary" size="lg">
        {t('back')}
      </ButtonLink>
    </div>
  );
}
