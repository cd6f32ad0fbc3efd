import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { cn } from '@/components/ui/cn';

const LINKS = [
  { key: 'account', href: '/account' },
  { key: 'orders', href: '/account/orders' },
] as const;

export function AccountNav({ current }: { current: (typeof LINKS)[number]['key'] }) {
  const t = useTranslations('account.nav');
  return (
    <nav aria-label={t('account')} className="mt-4 flex gap-2 border-b border-stone-200">
      {LINKS.map((link) => (
        <Link
          key={link.key}
          href={link.href}
          aria-current={link.key === current ? 'page' : undefined}
          className={cn(
            'inline-flex min-h-11 items-center border-b-2 px-3 font-medium',
            link.key === current ? 'border-brand-700 text-brand-800' : 'border-transparent text-stone-700 hover:text-stone-900',
          )}
        >
          {t(link.key)}
        </Link>
      ))}
    </nav>
  );
}
