import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { contentPath } from '@/lib/content/content-paths';
import { Container } from '@/components/ui/container';
import { LanguageSwitch } from './language-switch';
import { ShopLogo } from './shop-logo';

const footerLink =
  'inline-flex min-h-11 items-center text-stone-800 underline underline-offset-4 hover:text-brand-800 hover:no-underline';

export async function SiteFooter() {
  const [t, tCommon, tAccount, locale] = await Promise.all([
    getTranslations('header.footer'),
    getTranslations('common'),
    getTranslations('header.account'),
    getLocale() as Promise<AppLocale>,
  ]);
  const links = [
    { href: '/', label: tCommon('home') },
    { href: '/category', label: t('categories') },
    { href: contentPath('STORY', locale), label: t('stories') },
    { href: contentPath('GUIDE', locale), label: t('guides') },
    { href: contentPath('EVENT', locale), label: t('events') },
    { href: '/stores', label: t('stores') },
    { href: '/account', label: tAccount('account') },
    { href: '/cart', label: tCommon('cart.title') },
    { href: '/order-lookup', label: t('orderLookup') },
  ];

  return (
    <footer className="mt-16 border-t border-brand-100 bg-brand-50 text-stone-800">
      <Container className="grid gap-8 py-10 sm:grid-cols-2">
        <div>
          <p className="flex items-center gap-2 text-lg font-bold text-brand-800">
            <ShopLogo className="size-7" />
            {tCommon('shopName')}
          </p>
          <p className="mt-2 max-w-sm">{tCommon('tagline')}</p>
          <p className="mt-2 text-sm text-stone-700">{t('cities')}</p>
        </div>
        <nav aria-label={t('nav')} className="sm:justify-self-end">
          <ul className="flex flex-col">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className={footerLink}>
                  {link.label}
                </Link>
              </li>
            ))}
            <li>
              <LanguageSwitch variant="full" />
            </li>
          </ul>
        </nav>
      </Container>
      <div className="border-t border-brand-100">
        <Container className="flex flex-col gap-1 py-4 text-sm text-stone-700 sm:flex-row sm:justify-between">
          <p>{t('prices')}</p>
          <p>{t('madeWith')}</p>
        </Container>
      </div>
    </footer>
  );
}
