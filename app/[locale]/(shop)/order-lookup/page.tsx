import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { OrderLookupForm } from '@/components/orders/order-lookup-form';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'orders.lookup' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/** Guests find their order by e-mail and order number: the link to it is e-mailed, never shown. */
export default async function OrderLookupPage({ params }: Props) {
  await pageLocale(params);
  const t = await getTranslations('orders.lookup');
  return (
    <Container size="narrow" className="py-8 sm:py-12">
      <h1 className="text-3xl font-bold tracking-tight text-stone-900">{t('title')}</h1>
      <p className="mt-2 text-stone-800">{t('intro')}</p>
      <Card className="mt-6">
        <OrderLookupForm />
      </Card>
      <p className="mt-6 text-stone-700">{t('signedIn')}</p>
      <ButtonLink href="/account/orders" variant="secondary" className="mt-2">
        {t('toAccount')}
      </ButtonLink>
    </Container>
  );
}
