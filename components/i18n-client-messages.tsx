import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Messages } from '@/i18n/messages-type';

type Namespace = keyof Messages;
/** A namespace, or a part of one: 'cart' or 'cart.addButton'. */
export type MessagePath = Namespace | `${Namespace}.${string}`;

// The strings that client components on every shop page use: the header, toasts, the error
// pages, and the buy buttons of product pages and stories. Everything else stays on the server
// or comes with the layout that needs it (`extra`), so that each page's HTML carries only what
// its browser code needs.
const SHARED: MessagePath[] = [
  'ui',
  'header.search',
  'header.cart',
  'header.language',
  'header.account',
  'common.shopName',
  'common.search',
  'errors',
  'auth.signOut',
  'forms.unexpected',
  'cart.addButton',
  'catalog.availability',
  'catalog.product.variant',
  'catalog.product.vatIncluded',
  'catalog.product.wasPrice',
  'catalog.product.save',
  'catalog.colours',
];

/** Gives client components below it the shared strings plus `extra` ones. */
export async function ClientMessages({ extra = [], children }: { extra?: MessagePath[]; children: ReactNode }) {
  const messages = (await getMessages()) as unknown as Messages;
  return <NextIntlClientProvider messages={pickMessages(messages, [...SHARED, ...extra])}>{children}</NextIntlClientProvider>;
}

/** The parts of `messages` named by `paths`, in the same nesting. */
export function pickMessages(messages: Messages, paths: MessagePath[]): Messages {
  const wanted = new Set(paths);
  const picked: Record<string, unknown> = {};
  for (const path of wanted) {
    const keys = path.split('.');
    // A part of a namespace that is given whole is already there.
    if (keys.some((_, i) => i > 0 && wanted.has(keys.slice(0, i).join('.') as MessagePath))) continue;
    let source: unknown = messages;
    let target = picked;
    keys.forEach((key, i) => {
      source = (source as Record<string, unknown> | undefined)?.[key];
      if (i === keys.length - 1) target[key] = source;
      else target = (target[key] ??= {}) as Record<string, unknown>;
    });
  }
  return picked as unknown as Messages;
}
