import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { getSessionUser } from '@/lib/auth/session';
import { getCurrentCart } from '@/lib/cart/get-current-cart';
import { getCheckoutOptions, type CheckoutOptions } from '@/lib/checkout/get-checkout-options';
import { isAppError } from '@/lib/errors';
import { CartLinesSummary } from '@/components/checkout/cart-lines-summary';
import { CheckoutForm } from '@/components/checkout/checkout-form';
import { Link } from '@/i18n/navigation';
import { ButtonLink } from '@/components/ui/button';
import { Card, CardTitle } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { EmptyState } from '@/components/ui/empty-state';
import { CartIcon } from '@/components/ui/icons';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'checkout' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/** The checkout: the visitor's own cart (from their session or cart cookie), so always dynamic. */
export default async function CheckoutPage({ params }: Props) {
  const locale = await pageLocale(params);
  const [cart, user, t] = await Promise.all([getCurrentCart(locale), getSessionUser(), getTranslations('checkout')]);

  if (!cart || cart.items.length === 0) {
    return (
      <Page title={t('title')}>
        <EmptyState className="mt-6" icon={<CartIcon />} title={t('empty.title')} text={t('empty.text')} action={<ButtonLink href="/">{t('empty.action')}</ButtonLink>} />
      </Page>
    );
  }
  const options = cart.items.every((item) => item.purchasable && item.quantity <= item.available) ? await checkoutOptions(cart.items, locale) : null;
  if (!options) {
    return (
      <Page title={t('title')}>
        <EmptyState className="mt-6" icon={<CartIcon />} title={t('fixCart.title')} text={t('fixCart.text')} action={<ButtonLink href="/cart">{t('fixCart.action')}</ButtonLink>} />
      </Page>
    );
  }

  return (
    <Page title={t('title')}>
      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
        <Card as="aside" aria-labelledby="checkout-summary-title" className="lg:sticky lg:top-4 lg:order-2">
          <CardTitle id="checkout-summary-title">{t('summary.title')}</CardTitle>
          <CartLinesSummary items={cart.items} />
          <Link href="/cart" className="mt-2 inline-flex min-h-11 items-center font-medium text-brand-800 underline underline-offset-2">
            {t('summary.editCart')}
          </Link>
        </Card>
        <div className="lg:order-1">
          <CheckoutForm options={options} contact={{ email: user?.email ?? '', name: user?.name ?? '' }} />
        </div>
      </div>
    </Page>
  );
}

/** The options for the cart, or null when something in it can no longer be ordered. */
async function checkoutOptions(items: { variantId: string; quantity: number }[], locale: 'fi' | 'en'): Promise<CheckoutOptions | null> {
  try {
    return await getCheckoutOptions(items, locale);
  } catch (error) {
    if (isAppError(error)) return null;
    throw error;
  }
}

function Page({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Container className="py-8 sm:py-12">
      <h1 className="text-3xl font-bold tracking-tight text-stone-900">{title}</h1>
      {children}
    </Container>
  );
}
