import type { ReactNode } from 'react';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CameraPolicyReload } from '@/components/store/camera-policy-reload';
import { StaffHeader } from '@/components/store/staff-header';
import { workAreaMetadata } from '@/components/store/work-area-metadata';
import { SkipLink } from '@/components/ui/skip-link';
import { routing } from '@/i18n/routing';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export function generateMetadata({ params }: Omit<Props, 'children'>) {
  return workAreaMetadata(params, 'header.staff');
}

/** Staff screens' frame. Not a security check: every page under /store checks the user itself. */
export default async function StoreLayout({ children, params }: Props) {
  const { locale } = await params;
  if (hasLocale(routing.locales, locale)) setRequestLocale(locale);
  const t = await getTranslations('header.staff');
  return (
    <div className="flex min-h-dvh flex-col bg-stone-50">
      <CameraPolicyReload />
      <SkipLink />
      <StaffHeader title={t('title')} homeHref="/store" />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 sm:px-6 lg:px-8">
        {children}
      </main>
    </div>
  );
}
