'use client';

import { useShopSession } from '@/components/auth/session-provider';
import { AccountMenuView } from './account-menu-view';

/**
 * The header's account menu. It reads the session in the browser, so that the shop's pages stay
 * cacheable: the server renders the same HTML for everyone. (Display only: pages and actions
 * check the session themselves.)
 */
export function AccountMenu() {
  const { status, user } = useShopSession();
  if (status === 'loading') return <div className="size-11" aria-hidden="true" />;
  return <AccountMenuView user={user} />;
}
