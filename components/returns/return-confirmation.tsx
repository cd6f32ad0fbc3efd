import { useTranslations } from 'next-intl';
import type { ReturnForViewer } from '@/lib/returns/get-return-for-viewer';
import { returnQrText } from '@/lib/returns/return-qr';
import { parseReturnReason } from '@/lib/returns/return-reason';
import { OpeningHoursList } from '@/components/orders/opening-hours-list';
import { ButtonLink } from '@/components/ui/button';
import { Card, CardTitle } from '@/components/ui/card';
import { ReturnQrCode } from './return-qr-code';
import { ReturnStatusBadge } from './return-status-badge';

type Props = {
  ret: ReturnForViewer;
  qrSvg: string;
  orderHref: string;
};

/** After announcing a return: its number and QR, what to bring, and where to bring or send it. */
export function ReturnConfirmation({ ret, qrSvg, orderHref }: Props) {
  const t = useTranslations('returns');
  const code = returnQrText(ret.number);
  const reason = parseReturnReason(ret.reason);
  const store = ret.requestedStore;
  const address = ret.mailAddress;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold text-stone-900 sm:text-3xl">{t('done.title', { number: String(ret.number) })}</h1>
        <ReturnStatusBadge status={ret.status} />
      </div>
      <p className="-mt-4 text-sm text-stone-700">{t('done.orderLabel', { number: String(ret.orderNumber) })}</p>
      {ret.status === 'REQUESTED' ? <p className="text-lg text-stone-900">{t('done.lead')}</p> : null}

      <ReturnQrCode number={ret.number} svg={qrSvg} />
      <p className="text-center text-stone-800">{t('done.showCode')}</p>

      <Card as="section" aria-labelledby="return-where-title">
        <CardTitle id="return-where-title">{ret.method === 'STORE' ? t('done.whereStore') : t('done.whereMail')}</CardTitle>
        {ret.method === 'STORE' && store ? (
          <div className="mt-2 flex flex-col gap-3 text-stone-800">
            <address className="not-italic">
              <span className="block font-medium">{store.name}</span>
              {store.street ? <span className="block">{store.street}</span> : null}
              <span className="block">{[store.postalCode, store.city].filter(Boolean).join(' ')}</span>
              {store.phone ? <span className="block">{store.phone}</span> : null}
            </address>
            {store.openingHours.length > 0 ? <OpeningHoursList hours={store.openingHours} className="text-sm" /> : null}
          </div>
        ) : address ? (
          <div className="mt-2 flex flex-col gap-2 text-stone-800">
            <address className="not-italic">
              <span className="block font-medium">{address.name}</span>
              <span className="block">{address.street}</span>
              <span className="block">{[address.postalCode, address.city].filter(Boolean).join(' ')}</span>
            </address>
            <p>{t('done.mailPack', { code })}</p>
          </div>
        ) : (
          <p className="mt-2 text-stone-800">{ret.contactEmail ? t('form.mailAskAddress', { email: ret.contactEmail }) : t('form.mailAskAddressNoEmail')}</p>
        )}
      </Card>

      <Card as="section" aria-labelledby="return-lines-title">
        <CardTitle id="return-lines-title">{t('done.linesTitle')}</CardTitle>
        <ul className="mt-2 divide-y divide-stone-200">
          {ret.lines.map((line) => (
            <li key={line.orderLineId} className="flex justify-between gap-4 py-2">
              <span>
                <span className="block font-medium text-stone-900">{line.name}</span>
                {line.variantLabel ? <span className="block text-sm text-stone-700">{line.variantLabel}</span> : null}
              </span>
              <span className="shrink-0 tabular-nums">{t('done.quantity', { quantity: line.quantity })}</span>
            </li>
          ))}
        </ul>
        {reason.code || reason.note ? (
          <p className="mt-2 text-sm text-stone-700">
            {t('done.reason', { reason: [reason.code ? t(`reasons.${reason.code}`) : null, reason.note].filter(Boolean).join(': ') })}
          </p>
        ) : null}
      </Card>

      {ret.status === 'REQUESTED' ? (
        <Card as="section" aria-labelledby="return-bring-title">
          <CardTitle id="return-bring-title">{t('done.bringTitle')}</CardTitle>
          <ul className="mt-2 list-disc pl-5 text-stone-800">
            <li>{t('done.bringItems')}</li>
            <li>{t('done.bringCode')}</li>
          </ul>
          <p className="mt-3 text-stone-800">{t('done.refundInfo')}</p>
        </Card>
      ) : null}

      <div>
        <ButtonLink href={orderHref} variant="secondary">
          {t('done.backToOrder')}
        </ButtonLink>
      </div>
    </div>
  );
}
