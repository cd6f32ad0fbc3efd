import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { ConfirmPickupForm } from '@/components/orders/confirm-pickup-form';
import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';

type Props = {
  params: Promise<{ locale: string; number: string }>;
  searchParams: Promise<{ token?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'orders.confirm' });
  // The address carries a secret: keep it out of search engines and Referer headers.
  return { title: t('metaTitle'), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

/**
 * Where the link in a guest's pay-at-pickup confirmation e-mail leads: one button confirms the
 * order (lib/actions/confirm-pickup-order.ts). Opening the page changes nothing.
 */
export default async function ConfirmPickupOrderPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const [{ number }, query, t] = await Promise.all([params, searchParams, getTranslations('orders.confirm')]);
  const token = Array.isArray(query.token) ? query.token[0] : query.token;
  const valid = /^\d{1,10}$/.test(number) && Boolean(token);
  return (
    <Container size="narrow" className="py-8 sm:py-12">
      <h1 className="text-3xl font-bold tracking-tight text-stone-900">{t('title', { number })}</h1>
      <Card className="mt-6">
        {valid ? (
          <>
            <p className="mb-4 text-stone-800">{t('intro')}</p>
            <ConfirmPickupForm number={Number(number)} token={token!} label={t('submit')} />
          </>
        ) : (
          <p className="text-stone-800">{t('notFound')}</p>
        )}
      </Card>
    </Container>
  );
}
