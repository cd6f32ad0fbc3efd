import type { AppLocale } from './routing';
import type { Messages } from './messages-type';

// Messages are split into one JSON file per namespace and locale (messages/<locale>/<ns>.json),
// so that each part of the app keeps its own strings. Add a namespace here when you add a file.
export const namespaces = [
  'common',
  'header',
  'home',
  'auth',
  'account',
  'errors',
  'email',
  'admin',
  'store',
  'ui',
  'forms',
  'catalog',
  'cart',
  'checkout',
  'orders',
  'storePickups',
  'storeHandover',
  'storeReturns',
  'returns',
  'adminProducts',
  'adminImport',
  'adminOrders',
  'adminCustomers',
  'adminDashboard',
  'adminStores',
  'adminSettings',
  'adminAudit',
  'media',
  'adminContent',
  'events',
  'storeEvents',
] as const;

export async function loadMessages(locale: AppLocale) {
  const entries = await Promise.all(
    namespaces.map(async (ns) => [ns, (await import(`../messages/${locale}/${ns}.json`)).default]),
  );
  return Object.fromEntries(entries) as Messages;
}
