import { useTranslations } from 'next-intl';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { Link } from '@/i18n/navigation';
import { getSessionUser, type SessionUser } from '@/lib/auth/session';
import { LanguageSwitch } from '@/components/shop/language-switch';

type StaffHeaderProps = {
  /** "Myymälä" for the staff screens, "Hallinta" for the back office. */
  title: string;
  /** Where the title links to (the section's front page). */
  homeHref: string;
};

/**
 * A compact bar for staff screens and the back office: title, back to the shop, who is signed
 * in, sign out. Layout only: the pages check who may see them.
 */
export async function StaffHeader(props: StaffHeaderProps) {
  const user = await getSessionUser();
  return <StaffHeaderView {...props} user={user} />;
}

/** The bar for a given user; separate from StaffHeader for previews and tests. */
export function StaffHeaderView({
  title,
  homeHref,
  user,
}: StaffHeaderProps & { user: Pick<SessionUser, 'name' | 'email'> | null }) {
  const t = useTranslations('header.staff');
  const displayName = user ? user.name?.trim() || user.email : null;

  return (
    <header className="border-b border-brand-200 bg-brand-50 print:hidden">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-1.5 sm:px-6 lg:px-8">
        <Link
          href={homeHref}
          className="inline-flex min-h-11 items-center text-lg font-bold text-brand-800"
        >
          {title}
        </Link>
        <Link
          href="/"
          className="inline-flex min-h-11 items-center text-sm font-medium text-stone-800 underline underline-offset-4 hover:no-underline"
        >
          <span aria-hidden="true">←&nbsp;</span>
          {t('backToShop')}
        </Link>
        <div className="ml-auto flex min-w-0 items-center gap-2">
          {user ? (
            <p className="min-w-0 truncate text-sm text-stone-700">
              {t.rich('signedInAs', {
                name: displayName ?? '',
                prefix: (chunks) => <span className="sr-only sm:not-sr-only">{chunks}</span>,
              })}
            </p>
          ) : null}
          <LanguageSwitch className="shrink-0" />
          {user ? (
            <SignOutButton className="inline-flex min-h-11 shrink-0 cursor-pointer items-center rounded-lg border border-stone-500 bg-white px-3 text-sm font-semibold text-stone-800 hover:bg-stone-100 disabled:opacity-60" />
          ) : null}
        </div>
      </div>
    </header>
  );
}
