import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { EmptyState } from '@/components/ui/empty-state';
import { CartIcon } from '@/components/ui/icons';
import type { AppLocale } from '@/i18n/routing';

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'common.cart' });
  return { title: t('metaTitle'), robots: { index: false } };
}

// The cart feature replaces this with the real cart; for now every cart is empty.
export default async function CartPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('common.cart');
  return (
    <Container className="py-8 sm:py-12">
      <h1 className="text-3xl font-bold tracking-tight text-stone-900">{t('title')}</h1>
      <EmptyState
        className="mt-6"
        icon={<CartIcon />}
        title={t('emptyTitle')}
        text={t('emptyText')}
        action={<ButtonLink href="/">{t('continue')}</ButtonLink>}
      />
    </Container>
  );
}
