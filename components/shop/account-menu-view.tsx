import { useTranslations } from 'next-intl';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { Link } from '@/i18n/navigation';
import { cn } from '@/components/ui/cn';
import { ChevronDownIcon, UserIcon } from '@/components/ui/icons';
import { HeaderDisclosure } from './header-disclosure';

const menuItem =
  'flex min-h-11 w-full items-center rounded-lg px-3 text-left text-base font-medium text-stone-800 hover:bg-stone-100 disabled:opacity-60';

/** The menu for a given user (null = signed out); separate from AccountMenu for previews and tests. */
export type AccountMenuUser = { name?: string | null; email?: string | null; role?: 'CUSTOMER' | 'STAFF' | 'OWNER' };

/**
 * Signed out: "Sign in" / "Create account" (inline from 640 px; in a small menu on phones).
 * Signed in: the user's name with a menu of account links, store / back office by role, sign out.
 */
export function AccountMenuView({ user }: { user: AccountMenuUser | null }) {
  const t = useTranslations('header.account');

  if (!user) {
    const signedOutLinks = [
      { href: '/signin', label: t('signIn') },
      { href: '/signup', label: t('signUp') },
    ];
    return (
      <>
        <div className="hidden items-center gap-1 sm:flex">
          <Link
            href="/signin"
            className="inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-semibold text-stone-800 hover:bg-stone-100"
          >
            {t('signIn')}
          </Link>
          <Link
            href="/signup"
            className="inline-flex min-h-11 items-center rounded-lg border border-brand-700 px-3 text-sm font-semibold text-brand-800 hover:bg-brand-50"
          >
            {t('signUp')}
          </Link>
        </div>
        <HeaderDisclosure
          className="sm:hidden"
          summary={
            <>
              <UserIcon className="size-6" />
              <span className="sr-only">{t('menu')}</span>
              <ChevronDownIcon className="size-4 transition-transform group-open:rotate-180" />
            </>
          }
        >
          <ul>
            {signedOutLinks.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className={menuItem}>
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </HeaderDisclosure>
      </>
    );
  }

  const displayName = user.name?.trim() || user.email || '';
  const links = [
    { href: '/account', label: t('account') },
    { href: '/account/orders', label: t('orders') },
    ...(user.role === 'STAFF' || user.role === 'OWNER' ? [{ href: '/store', label: t('store') }] : []),
    ...(user.role === 'OWNER' ? [{ href: '/admin', label: t('admin') }] : []),
  ];

  return (
    <HeaderDisclosure
      summary={
        <>
          <UserIcon className="size-6 shrink-0" />
          <span className="sr-only">{t('menuFor')} </span>
          <span className="hidden max-w-40 truncate sm:inline lg:max-w-56">{displayName}</span>
          <span className="sr-only sm:hidden">{displayName}</span>
          <ChevronDownIcon className="size-4 shrink-0 transition-transform group-open:rotate-180" />
        </>
      }
    >
      <div className="border-b border-stone-200 px-3 pt-1 pb-2 text-sm">
        {user.name?.trim() ? <p className="truncate font-semibold text-stone-900">{user.name}</p> : null}
        <p className="truncate text-stone-700">{user.email}</p>
      </div>
      <ul className="pt-1">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} className={menuItem}>
              {link.label}
            </Link>
          </li>
        ))}
        <li className="mt-1 border-t border-stone-200 pt-1">
          <SignOutButton className={cn(menuItem, 'cursor-pointer')} />
        </li>
      </ul>
    </HeaderDisclosure>
  );
}
