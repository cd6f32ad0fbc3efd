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
  'storeCounter',
  'storeCustomerCard',
  'returns',
  'adminProducts',
  'adminLabels',
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
  'reviews',
] as const;

// Gathered once per locale: every request and e-mail needs them, and gathering the
// namespaces cost about a millisecond each time. In development edits must show, so no keeping.
const loaded = new Map<AppLocale, Promise<Messages>>();

export function loadMessages(locale: AppLocale): Promise<Messages> {
  if (process.env.NODE_ENV !== 'production') return gatherMessages(locale);
  let messages = loaded.get(locale);
  if (!messages) {
    messages = gatherMessages(locale);
    loaded.set(locale, messages);
  }
  return messages;
}

async function gatherMessages(locale: AppLocale): Promise<Messages> {
  const entries = await Promise.all(
    namespaces.map(async (ns) => [ns, (await import(`../messages/${locale}/${ns}.json`)).default]),
  );
  return Object.fromEntries(entries) as Messages;
}
