import { useFormatter, useTranslations } from 'next-intl';
import type { RequestReturnOptions } from '@/lib/returns/request-return-options';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { RequestReturnForm } from './request-return-form';

type Props = {
  options: RequestReturnOptions;
  token: string | null;
  /** The order's page (with the guest link's secret when there is one). */
  orderHref: string;
};

/** The "return items" page body: the form, or why there is nothing to return. */
export function RequestReturnView({ options, token, orderHref }: Props) {
  const t = useTranslations('returns.form');
  const format = useFormatter();
  const ends = options.windowEndsAt ? format.dateTime(options.windowEndsAt, { dateStyle: 'long' }) : null;
  const back = (
    <ButtonLink href={orderHref} variant="secondary">
      {t('back')}
    </ButtonLink>
  );

  if (!options.canRequest) {
    const why = options.refusal ? t(`nothing.${options.refusal}`, { date: ends ?? '' }) : t('nothing.allDone');
    return <EmptyState className="mt-6" title={t('nothing.title')} text={why} action={back} />;
  }
  return (
    <div className="mt-4 flex flex-col gap-6">
      <div className="text-stone-800">
        <p>{t('intro')}</p>
        {ends ? <p className="mt-1 font-medium">{t('windowEndsAt', { date: ends })}</p> : null}
      </div>
      <RequestReturnForm options={options} token={token} />
    </div>
  );
}
