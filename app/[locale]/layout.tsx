import type { Metadata, Viewport } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { metadataLocale } from '@/i18n/page-locale';
import { routing } from '@/i18n/routing';
import { ClientMessages } from '@/components/i18n-client-messages';
import { ToastProvider } from '@/components/ui/toast';
import '../globals.css';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  // Sets the request's locale too: metadata resolves from this layout down, so the not-found
  // page's metadata (which has no params) can translate without reading the request's headers.
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'common' });
  return {
    title: { default: t('shopName'), template: `%s · ${t('shopName')}` },
    description: t('tagline'),
    applicationName: t('shopName'),
  };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#245437',
};

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={locale}>
      <body className="min-h-dvh bg-white font-sans text-stone-900 antialiased">
        <ClientMessages>
          <ToastProvider>{children}</ToastProvider>
        </ClientMessages>
      </body>
    </html>
  );
}
