import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { ButtonLink } from '@/components/ui/button';
import { Container } from '@/components/ui/container';

type Props = { params: Promise<{ locale: string }> };

const SECTIONS = ['seller', 'prices', 'delivery', 'withdrawal', 'privacy'] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'checkout.terms' });
  return { title: t('metaTitle') };
}

/** The short terms of sale that the checkout asks the shopper to accept. */
export default async function TermsPage({ params }: Props) {
  await pageLocale(params);
  const t = await getTranslations('checkout.terms');
  return (
    <Container size="narrow" className="py-8 sm:py-12">
      <h1 className="text-3xl font-bold tracking-tight text-stone-900">{t('title')}</h1>
      {SECTIONS.map((section) => (
        <section key={section} aria-labelledby={`terms-${section}`} className="mt-6">
          <h2 id={`terms-${section}`} className="text-lg font-semibold text-stone-900">
            {t(`sections.${section}Title`)}
          </h2>
          <p className="mt-1 text-stone-800">{t(`sections.${section}`)}</p>
        </section>
      ))}
      <ButtonLink href="/checkout" variant="secondary" className="mt-8">
        {t('back')}
      </ButtonLink>
    </Container>
  );
}
