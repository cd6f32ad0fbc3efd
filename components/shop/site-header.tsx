import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { Container } from '@/components/ui/container';
import { AccountMenu } from './account-menu';
import { CartLink } from './cart-link';
import { LanguageSwitch } from './language-switch';
import { SearchForm } from './search-form';
import { ShopLogo } from './shop-logo';

/**
 * Phones: logo row (logo · language · account · cart), search on its own row below.
 * From 768 px: one row, search in the middle.
 */
export async function SiteHeader() {
  const [t, tCommon] = await Promise.all([getTranslations('header'), getTranslations('common')]);
  const shopName = tCommon('shopName');

  return (
    <header className="border-b border-stone-200 bg-white">
      <Container className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-2 gap-y-2 py-2 [grid-template-areas:'logo_nav'_'search_search'] md:grid-cols-[auto_minmax(0,1fr)_auto] md:gap-x-6 md:py-3 md:[grid-template-areas:'logo_search_nav']">
        <Link
          href="/"
          aria-label={t('homeLink', { shopName })}
          className="flex min-h-11 max-w-full min-w-0 items-center gap-1.5 justify-self-start rounded-lg text-base font-bold tracking-tight text-brand-800 [grid-area:logo] sm:gap-2 sm:text-lg md:text-xl"
        >
          <ShopLogo className="size-7 shrink-0 sm:size-8" />
          <span className="truncate">{shopName}</span>
        </Link>
        <SearchForm className="w-full [grid-area:search] md:max-w-md md:justify-self-end" />
        <nav aria-label={t('utilityNav')} className="flex items-center gap-0.5 [grid-area:nav] sm:gap-1">
          <LanguageSwitch />
          <AccountMenu />
          <CartLink />
        </nav>
      </Container>
    </header>
  );
}
