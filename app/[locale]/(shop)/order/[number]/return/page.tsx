import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { getSessionUser } from '@/lib/auth/session';
import { getRequestReturnOptions } from '@/lib/returns/request-return-options';
import { RequestReturnView } from '@/components/returns/request-return-view';
import { Container } from '@/components/ui/container';
import { readIntParam } from '@/lib/validation/number-param';

type Props = {
  params: Promise<{ locale: string; number: string }>;
  searchParams: Promise<{ token?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const { number } = await params;
  const t = await getTranslations({ locale, namespace: 'returns.form' });
  // The address carries the order's secret: keep it out of search engines and Referer headers.
  return { title: t('metaTitle', { number }), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

/** Start a return with the order's link (a guest), or as its signed-in customer. Anyone else: 404. */
export default async function GuestReturnRequestPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const [{ number }, query, user] = await Promise.all([params, searchParams, getSessionUser()]);
  const token = (Array.isArray(query.token) ? query.token[0] : query.token) ?? null;
  const orderNumber = readIntParam(number);
  const options = orderNumber ? await getRequestReturnOptions(orderNumber, { userId: user?.id ?? null, token }) : null;
  if (!options) notFound();
  const t = await getTranslations('returns.form');
  const orderHref = `/order/${options.order.number}${token ? `?token=${encodeURIComponent(token)}` : ''}`;
  return (
    <Container size="narrow" className="py-8">
      <h1 className="text-2xl font-bold text-stone-900 sm:text-3xl">{t('title')}</h1>
      <p className="mt-1 text-sm text-stone-700">{t('orderLabel', { number: String(options.order.number) })}</p>
      <RequestReturnView options={options} token={token} orderHref={orderHref} />
    </Container>
  );
}
