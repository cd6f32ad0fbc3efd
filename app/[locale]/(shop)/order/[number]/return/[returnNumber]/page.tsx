import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { getSessionUser } from '@/lib/auth/session';
import { getReturnForViewer } from '@/lib/returns/get-return-for-viewer';
import { returnQrSvg } from '@/lib/returns/return-qr-image';
import { ReturnConfirmation } from '@/components/returns/return-confirmation';
import { Container } from '@/components/ui/container';
import { readIntParam } from '@/lib/validation/number-param';

type Props = {
  params: Promise<{ locale: string; number: string; returnNumber: string }>;
  searchParams: Promise<{ token?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const { returnNumber } = await params;
  const t = await getTranslations({ locale, namespace: 'returns.done' });
  return { title: t('metaTitle', { number: returnNumber }), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

/** One return, through the order's link (or as its signed-in customer): number, QR, where to go. */
export default async function GuestReturnPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const [{ number, returnNumber }, query, user] = await Promise.all([params, searchParams, getSessionUser()]);
  const token = (Array.isArray(query.token) ? query.token[0] : query.token) ?? null;
  const [orderNumber, retNumber] = [readIntParam(number), readIntParam(returnNumber)];
  const ret = orderNumber && retNumber ? await getReturnForViewer(orderNumber, retNumber, { userId: user?.id ?? null, token }) : null;
  if (!ret) notFound();
  const orderHref = `/order/${ret.orderNumber}${token ? `?token=${encodeURIComponent(token)}` : ''}`;
  return (
    <Container size="narrow" className="py-8 sm:py-12">
      <ReturnConfirmation ret={ret} qrSvg={await returnQrSvg(ret.number)} orderHref={orderHref} />
    </Container>
  );
}
