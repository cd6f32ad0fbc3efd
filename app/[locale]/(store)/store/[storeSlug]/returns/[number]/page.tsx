import { getTranslations } from 'next-intl/server';
import { CustomerCardView } from '@/components/store/counter/customer-card-view';
import { ReceiveCustomer } from '@/components/store/returns/receive-customer';
import { ReceiveForm } from '@/components/store/returns/receive-form';
import { ReturnResult } from '@/components/store/returns/return-result';
import { ReturnStatusBadge } from '@/components/returns/return-status-badge';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { loadCustomerCard } from '@/lib/counter/customer-card/load-customer-card';
import { deskPath, deskReturnPath } from '@/lib/returns/desk-paths';
import { findDeskReturn } from '@/lib/returns/find-desk-return';
import { parseReturnReason } from '@/lib/returns/return-reason';
import { requireStoreStaff } from '@/lib/stores/require-store-staff';
import { receivesReturns } from '@/lib/stores/takes-returns';
import { readIntParam } from '@/lib/validation/number-param';

type Props = { params: Promise<{ locale: string; storeSlug: string; number: string }> };

export async function generateMetadata({ params }: Props) {
  const [locale, { number }] = await Promise.all([metadataLocale(params), params]);
  const t = await getTranslations({ locale, namespace: 'storeReturns.receive' });
  return { title: t('titleReturn', { number }) };
}

/** A registered return: received here with one tap when it comes as announced; afterwards, its result. */
export default async function DeskReturnPage({ params }: Props) {
  const [locale, { storeSlug, number }] = await Promise.all([pageLocale(params), params]);
  const { user, store } = await requireStoreStaff({ slug: storeSlug }, deskReturnPath(storeSlug, encodeURIComponent(number)));
  const t = await getTranslations('storeReturns');
  const returnNumber = readIntParam(number);
  const found = returnNumber === null ? null : await findDeskReturn(returnNumber);
  const back = (
    <ButtonLink href={deskPath(store.slug)} variant="secondary" className="self-start">
      {found?.view ? t('receive.backToDesk') : t('result.newReturn')}
    </ButtonLink>
  );
  if (!found) {
    return (
      <div className="mx-auto flex max-w-2xl flex-col gap-6">
        <h1 className="text-2xl font-bold">{t('receive.titleReturn', { number })}</h1>
        <EmptyState title={t('receive.notFoundReturn', { number })} />
        {back}
      </div>
    );
  }

  // While the goods are being received, the customer's card (when the order is on an account);
  // rendering it records the viewing.
  const card = found.view && found.order.customerId ? await loadCustomerCard({ customerId: found.order.customerId, viewer: user, storeId: store.id, locale }) : null;
  const reason = parseReturnReason(found.reason);
  const tReasons = await getTranslations('returns.reasons');
  const notes = [
    found.method === 'MAIL' ? t('receive.byMail') : found.requestedStore ? t('receive.requestedAt', { store: found.requestedStore.name }) : null,
    reason.code || reason.note ? t('receive.customerReason', { reason: [reason.code ? tReasons(reason.code) : null, reason.note].filter(Boolean).join(': ') }) : null,
  ].filter((note): note is string => note !== null);

  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{t('receive.titleReturn', { number: String(found.number) })}</h1>
        <ReturnStatusBadge status={found.status} wording="staff" />
      </div>
      {found.view ? (
        <>
          <ReceiveCustomer customer={found.view.customer} orderNumber={found.order.number} placedAt={found.view.placedAt} pickupStoreName={found.view.pickupStoreName} notes={notes} />
          {card ? <CustomerCardView card={card} /> : null}
          {receivesReturns(store) ? (
            <ReceiveForm storeId={store.id} target={{ returnId: found.id }} view={found.view} isOwner={user.role === 'OWNER'} locale={locale} />
          ) : (
            <p className="font-medium">{t('disabled')}</p>
          )}
        </>
      ) : (
        <ReturnResult found={found} storeId={store.id} locale={locale} />
      )}
      {back}
    </div>
  );
}
