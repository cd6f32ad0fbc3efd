import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n-client-messages';
import { StoreNav } from '@/components/store/store-nav';
import { getSessionUser } from '@/lib/auth/session';
import { listStaffStores } from '@/lib/stores/list-staff-stores';
import { prisma } from '@/lib/db';

type Props = { children: ReactNode; params: Promise<{ locale: string; storeSlug: string }> };

/**
 * One store's staff screens: the store's name, its sections and a switcher to the member's
 * other stores. Layout only: every page and action below checks the caller itself
 * (requireStoreStaff).
 */
export default async function StoreAreaLayout({ children, params }: Props) {
  const { storeSlug } = await params;
  const user = await getSessionUser();
  const [store, stores] = await Promise.all([
    prisma.store.findUnique({ where: { slug: storeSlug }, select: { slug: true, name: true } }),
    user && (user.role === 'STAFF' || user.role === 'OWNER') ? listStaffStores(user) : Promise.resolve([]),
  ]);
  const mine = store && stores.some((s) => s.slug === store.slug);
  return (
    <ClientMessages extra={['storePickups', 'storeHandover', 'storeReturns', 'storeCounter', 'storeCustomerCard']}>
      {store && mine ? <StoreNav store={store} stores={stores.map((s) => ({ slug: s.slug, name: s.name }))} /> : null}
      {children}
    </ClientMessages>
  );
}
