import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { requireUser } from '@/lib/auth/require';
import { getRequestReturnOptions } from '@/lib/returns/request-return-options';
import { RequestReturnView } from '@/components/returns/request-return-view';
import { Container } from '@/components/ui/container';
import { readIntParam } from '@/lib/validation/number-param';

type Props = { params: Promise<{ locale: string; number: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const { number } = await params;
  const t = await getTranslations({ locale, namespace: 'returns.form' });
  return { title: t('metaTitle', { number }), robots: { index: false } };
}

/** Start a return of one of the signed-in customer's orders. Another's order is a 404. */
export default async function AccountReturnRequestPage({ params }: Props) {
  await pageLocale(params);
  const { number } = await params;
  const user = await requireUser(`/account/orders/${encodeURIComponent(number)}/return`);
  const orderNumber = readIntParam(number);
  const options = orderNumber ? await getRequestReturnOptions(orderNumber, { userId: user.id }) : null;
  if (!options) notFound();
  const t = await getTranslations('returns.form');
  return (
    <Container size="narrow" className="py-8">
      <h1 className="text-2xl font-bold text-stone-900 sm:text-3xl">{t('title')}</h1>
      <p className="mt-1 text-sm text-stone-700">{t('orderLabel', { number: String(options.order.number) })}</p>
      <RequestReturnView options={options} token={null} orderHref={`/account/orders/${options.order.number}`} />
    </Container>
  );
}
