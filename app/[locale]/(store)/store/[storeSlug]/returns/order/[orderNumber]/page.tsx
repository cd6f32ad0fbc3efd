import { getTranslations } from 'next-intl/server';
import { CustomerCardView } from '@/components/store/counter/customer-card-view';
import { ReceiveCustomer } from '@/components/store/returns/receive-customer';
import { ReceiveForm } from '@/components/store/returns/receive-form';
import { ReturnStatusBadge } from '@/components/returns/return-status-badge';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Link } from '@/i18n/navigation';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { loadCustomerCard } from '@/lib/counter/customer-card/load-customer-card';
import { deskPath, deskReturnPath, deskWalkInPath } from '@/lib/returns/desk-paths';
import { findDeskOrder } from '@/lib/returns/find-desk-order';
import { requireStoreStaff } from '@/lib/stores/require-store-staff';
import { receivesReturns } from '@/lib/stores/takes-returns';
import { readIntParam } from '@/lib/validation/number-param';

type Props = { params: Promise<{ locale: string; storeSlug: string; orderNumber: string }> };

export async function generateMetadata({ params }: Props) {
  const [locale, { orderNumber }] = await Promise.all([metadataLocale(params), params]);
  const t = await getTranslations({ locale, namespace: 'storeReturns.receive' });
  return { title: t('titleWalkIn', { number: orderNumber }) };
}

/** A walk-in return, straight from the order: staff set the quantities and receive. */
export default async function DeskWalkInPage({ params }: Props) {
  const [locale, { storeSlug, orderNumber }] = await Promise.all([pageLocale(params), params]);
  const { user, store } = await requireStoreStaff({ slug: storeSlug }, deskWalkInPath(storeSlug, encodeURIComponent(orderNumber)));
  const t = await getTranslations('storeReturns');
  const number = readIntParam(orderNumber);
  const found = number === null ? null : await findDeskOrder(number);
  const back = (
    <ButtonLink href={deskPath(store.slug)} variant="secondary" className="self-start">
      {t('receive.backToDesk')}
    </ButtonLink>
  );
  if (!found) {
    return (
      <div className="mx-auto flex max-w-2xl flex-col gap-6">
        <h1 className="text-2xl font-bold">{t('receive.titleWalkIn', { number: orderNumber })}</h1>
        <EmptyState title={t('receive.notFoundOrder', { number: orderNumber })} />
        {back}
      </div>
    );
  }

  const { view, returns } = found;
  // The customer's card, when the order is on an account; rendering it records the viewing.
  const card = found.customerId ? await loadCustomerCard({ customerId: found.customerId, viewer: user, storeId: store.id, locale }) : null;
  const announced = returns.find((item) => item.status === 'REQUESTED');
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('receive.titleWalkIn', { number: String(view.orderNumber) })}</h1>
      <ReceiveCustomer customer={view.customer} orderNumber={view.orderNumber} placedAt={view.placedAt} pickupStoreName={view.pickupStoreName} />
      {card ? <CustomerCardView card={card} /> : null}
      {announced ? (
        <p className="rounded-lg border border-sky-600/40 bg-sky-50 p-3 text-sky-900">
          <Link href={deskReturnPath(store.slug, announced.number)} className="font-semibold underline underline-offset-4 hover:no-underline">
            {t('receive.registeredExists', { number: String(announced.number) })}
          </Link>
        </p>
      ) : null}
      {returns.length > 0 ? (
        <section aria-labelledby="order-returns">
          <h2 id="order-returns" className="text-lg font-semibold">
            {t('receive.otherReturns')}
          </h2>
          <ul className="mt-2 flex flex-col gap-2">
            {returns.map((item) => (
              <li key={item.number} className="flex items-center gap-3">
                <Link href={deskReturnPath(store.slug, item.number)} className="inline-flex min-h-11 items-center underline underline-offset-4 hover:no-underline">
                  {t('search.returnMatch', { number: String(item.number) })}
                </Link>
                <ReturnStatusBadge status={item.status} wording="staff" />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {receivesReturns(store) ? (
        <ReceiveForm storeId={store.id} target={{ orderId: view.orderId }} view={view} isOwner={user.role === 'OWNER'} locale={locale} />
      ) : (
        <p className="font-medium">{t('disabled')}</p>
      )}
      {back}
    </div>
  );
}
