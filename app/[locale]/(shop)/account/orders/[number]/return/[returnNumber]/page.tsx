import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { requireUser } from '@/lib/auth/require';
import { getReturnForViewer } from '@/lib/returns/get-return-for-viewer';
import { returnQrSvg } from '@/lib/returns/return-qr-image';
import { ReturnConfirmation } from '@/components/returns/return-confirmation';
import { Container } from '@/components/ui/container';
import { readIntParam } from '@/lib/validation/number-param';

type Props = { params: Promise<{ locale: string; number: string; returnNumber: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const { returnNumber } = await params;
  const t = await getTranslations({ locale, namespace: 'returns.done' });
  return { title: t('metaTitle', { number: returnNumber }), robots: { index: false } };
}

/** One return of the signed-in customer's order: its number, QR and where the goods go. */
export default async function AccountReturnPage({ params }: Props) {
  await pageLocale(params);
  const { number, returnNumber } = await params;
  const user = await requireUser(`/account/orders/${encodeURIComponent(number)}/return/${encodeURIComponent(returnNumber)}`);
  const [orderNumber, retNumber] = [readIntParam(number), readIntParam(returnNumber)];
  const ret = orderNumber && retNumber ? await getReturnForViewer(orderNumber, retNumber, { userId: user.id }) : null;
  if (!ret) notFound();
  return (
    <Container size="narrow" className="py-8">
      <ReturnConfirmation ret={ret} qrSvg={await returnQrSvg(ret.number)} orderHref={`/account/orders/${ret.orderNumber}`} />
    </Container>
  );
}
