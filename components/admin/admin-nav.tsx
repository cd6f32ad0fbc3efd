'use client';

import { useTranslations } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';
import { cn } from '@/components/ui/cn';

const items = [
  { href: '/admin', key: 'overview' },
  { href: '/admin/products', key: 'products' },
  { href: '/admin/import', key: 'import' },
  { href: '/admin/orders', key: 'orders' },
  { href: '/admin/customers', key: 'customers' },
  { href: '/admin/reviews', key: 'reviews' },
  { href: '/admin/stores', key: 'stores' },
  { href: '/admin/staff', key: 'staff' },
  { href: '/admin/content', key: 'content' },
  { href: '/admin/outbox', key: 'outbox' },
  { href: '/admin/settings', key: 'settings' },
  { href: '/admin/audit', key: 'audit' },
] as const;

function isCurrent(pathname: string, href: string): boolean {
  if (href === '/admin') return pathname === '/admin';
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** Back-office sections: a scrollable row on phones, a side column from 768 px. */
export function AdminNav({ className }: { className?: string }) {
  const t = useTranslations('header.admin');
  const pathname = usePathname();

  return (
    <nav aria-label={t('navLabel')} className={className}>
      <ul className="flex gap-1 overflow-x-auto px-4 py-2 md:flex-col md:overflow-visible md:px-0 md:py-0">
        {items.map((item) => {
          const current = isCurrent(pathname, item.href);
          return (
            <li key={item.href} className="shrink-0">
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                className={cn(
                  'flex min-h-11 items-center rounded-lg px-3 text-sm font-medium whitespace-nowrap md:text-base',
                  current
                    ? 'bg-brand-700 text-white'
                    : 'text-stone-800 hover:bg-stone-100',
                )}
              >
                {t(item.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
