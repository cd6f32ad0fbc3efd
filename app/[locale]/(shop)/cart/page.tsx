import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { getCurrentCart } from '@/lib/cart/get-current-cart';
import { CartContents } from '@/components/cart/cart-contents';
import { Container } from '@/components/ui/container';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'cart' });
  return { title: t('metaTitle'), robots: { index: false } };
}

// Dynamic: the cart is the visitor's own (session or guest cookie), read on every request.
export default async function CartPage({ params }: Props) {
  const locale = await pageLocale(params);
  const [cart, t] = await Promise.all([getCurrentCart(locale), getTranslations('cart')]);
  return (
    <Container className="py-8 sm:py-12">
      <h1 className="text-3xl font-bold tracking-tight text-stone-900">{t('title')}</h1>
      <CartContents cart={cart} />
    </Container>
  );
}
