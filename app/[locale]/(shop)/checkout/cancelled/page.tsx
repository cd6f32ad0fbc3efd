import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ result?: string; missing?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'checkout.payment.cancelled' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/**
 * What the shopper sees after leaving Stripe's payment page with "back". The cancelling itself
 * happened in ./return/route.ts, which sends the browser here with the outcome.
 */
export default async function CheckoutCancelledPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const { result, missing } = await searchParams;
  const t = await getTranslations('checkout.payment.cancelled');
  const missingCount = Math.min(Number.parseInt(missing ?? '0', 10) || 0, 99);

  if (result === 'paid') {
    return (
      <Outcome title={t('paidTitle')} text={t('paidText')}>
        <ButtonLink href="/account/orders">{t('toOrders')}</ButtonLink>
        <ButtonLink href="/" variant="secondary">{t('continue')}</ButtonLink>
      </Outcome>
    );
  }
  if (result === 'cancelled') {
    return (
      <Outcome title={t('cancelledTitle')} text={t('cancelledText')} note={missingCount > 0 ? t('missingText', { count: missingCount }) : undefined}>
        <ButtonLink href="/cart">{t('toCart')}</ButtonLink>
        <ButtonLink href="/" variant="secondary">{t('continue')}</ButtonLink>
      </Outcome>
    );
  }
  return (
    <Outcome title={t('invalidTitle')} text={t('invalidText')}>
      <ButtonLink href="/cart">{t('toCart')}</ButtonLink>
    </Outcome>
  );
}

function Outcome({ title, text, note, children }: { title: string; text: string; note?: string; children: ReactNode }) {
  return (
    <Container size="narrow" className="py-8 sm:py-12">
      <Card>
        <h1 className="text-2xl font-bold tracking-tight text-stone-900 sm:text-3xl">{title}</h1>
        <p className="mt-3 text-stone-700">{text}</p>
        {note ? <p className="mt-3 rounded-lg bg-amber-50 p-3 text-stone-800">{note}</p> : null}
        <div className="mt-6 flex flex-col gap-3 sm:flex-row">{children}</div>
      </Card>
    </Container>
  );
}
