import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Messages } from '@/i18n/messages-type';

type Namespace = keyof Messages;

// The strings that client components anywhere in the shop use (header, toasts, forms, cart,
// product picker). Everything else stays on the server, so that each page's HTML carries only
// what its browser code needs.
const SHARED: Namespace[] = ['ui', 'header', 'common', 'errors', 'auth', 'forms', 'cart', 'catalog'];

/** Gives client components below it the shared strings plus `extra` namespaces. */
export async function ClientMessages({ extra = [], children }: { extra?: Namespace[]; children: ReactNode }) {
  const messages = (await getMessages()) as unknown as Messages;
  const picked = Object.fromEntries([...SHARED, ...extra].map((ns) => [ns, messages[ns]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
