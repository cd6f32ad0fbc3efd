import type { ReactNode } from 'react';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminNav } from '@/components/admin/admin-nav';
import { ClientMessages } from '@/components/i18n-client-messages';
import { StaffHeader } from '@/components/store/staff-header';
import { workAreaMetadata } from '@/components/store/work-area-metadata';
import { SkipLink } from '@/components/ui/skip-link';
import { routing } from '@/i18n/routing';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export function generateMetadata({ params }: Omit<Props, 'children'>) {
  return workAreaMetadata(params, 'header.admin');
}

/** Back-office frame. Not a security check: every page under /admin calls requireOwner() itself. */
export default async function AdminLayout({ children, params }: Props) {
  const { locale } = await params;
  if (hasLocale(routing.locales, locale)) setRequestLocale(locale);
  const t = await getTranslations('header.admin');
  return (
    <div className="flex min-h-dvh flex-col bg-stone-50 print:block print:bg-white">
      <SkipLink />
      <StaffHeader title={t('title')} homeHref="/admin" />
      <div className="mx-auto w-full max-w-7xl flex-1 md:grid md:grid-cols-[13rem_minmax(0,1fr)] md:gap-8 md:px-6 md:py-6 lg:px-8 print:block print:max-w-none print:p-0">
        <ClientMessages extra={['header.admin']}>
          <AdminNav className="border-b border-stone-200 bg-white md:sticky md:top-6 md:self-start md:border-0 md:bg-transparent print:hidden" />
        </ClientMessages>
        <main id="main" tabIndex={-1} className="min-w-0 px-4 py-6 md:px-0 md:py-0 print:p-0">
          {children}
        </main>
      </div>
    </div>
  );
}
