// Stand-ins for what surrounds a server action in Next: the signed-in user, the locale and its
// messages, redirects, 403 and 404, the cache and the e-mail kick. Integration tests call actions
// directly against the real database with these in place:
//
//   vi.mock('@/lib/auth/session', () => import('../support/request-stand-ins').then((m) => m.sessionStandIn));
//   vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlServerStandIn()));
//   ...
//   beforeEach(resetRequest);  then  request.userId = someone.id;
import { prisma } from '@/lib/db';

/** Thrown where Next would stop rendering: a redirect, forbidden() or notFound(). */
export class Stopped extends Error {
  constructor(readonly how: string) {
    super(how);
  }
}

/** What the current test's request carries. */
export const request = {
  /** The signed-in user (read from the database like getSessionUser does), or null. */
  userId: null as string | null,
  /** The outbox ids passed to sendOutboxSoon, one array per call. */
  sentSoon: [] as string[][],
  /** The paths and tags revalidated. */
  revalidated: [] as string[],
};

export function resetRequest() {
  request.userId = null;
  request.sentSoon = [];
  request.revalidated = [];
}

export const sessionStandIn = {
  getSessionUser: async () => {
    if (!request.userId) return null;
    const user = await prisma.user.findUnique({
      where: { id: request.userId },
      select: { id: true, email: true, name: true, role: true, locale: true, active: true },
    });
    return user?.active ? { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale } : null;
  },
};

/** next-intl/server in Finnish, with the app's real messages. */
export async function intlServerStandIn() {
  const { createTranslator } = await import('next-intl');
  const { loadMessages } = await import('@/i18n/messages');
  const messages = await loadMessages('fi');
  return {
    getLocale: async () => 'fi',
    getTranslations: async (namespace?: string) => createTranslator({ locale: 'fi', messages, namespace: namespace as never }),
  };
}

/** '@/i18n/navigation' (the locale-aware helpers). */
export const i18nNavigationStandIn = {
  redirect: ({ href }: { href: string }) => {
    throw new Stopped(`redirect ${href}`);
  },
  getPathname: ({ href, locale }: { href: string; locale: string }) => (locale === 'fi' ? href : `/${locale}${href}`),
};

/** A locale-aware href as the app writes it: a path, or a pathname with a query. */
type Href = string | { pathname: string; query?: Record<string, string> };

function hrefToPath(href: Href): string {
  return typeof href === 'string' ? href : `${href.pathname}?${new URLSearchParams(href.query)}`;
}

/** '@/i18n/navigation' for actions that answer with getPathname({ href: { pathname, query } }). */
export const i18nNavigationWithQueryStandIn = {
  ...i18nNavigationStandIn,
  getPathname: ({ href, locale }: { href: Href; locale: string }) => i18nNavigationStandIn.getPathname({ href: hrefToPath(href), locale }),
};

/** '@/i18n/navigation' for pages rendered to HTML: Link is a plain <a>, usePathname answers `pathname`. */
export async function i18nNavigationPagesStandIn(pathname: string) {
  const { createElement } = await import('react');
  return {
    ...i18nNavigationWithQueryStandIn,
    Link: ({ href, ...props }: { href: Href }) => createElement('a', { ...props, href: hrefToPath(href) }),
    usePathname: () => pathname,
    // Client components may hold a router; nothing navigates while a page renders to HTML.
    useRouter: () => ({ push: () => {}, replace: () => {}, refresh: () => {}, back: () => {}, prefetch: () => {} }),
  };
}

/** next-intl/server for pages: also setRequestLocale, getFormatter and getTranslations({ namespace }). */
export async function intlPagesStandIn() {
  const { createFormatter } = await import('next-intl');
  const intl = await intlServerStandIn();
  return {
    ...intl,
    setRequestLocale: () => {},
    getTranslations: async (namespace?: string | { namespace?: string }) => intl.getTranslations(typeof namespace === 'object' ? namespace.namespace : namespace),
    getFormatter: async () => createFormatter({ locale: 'fi', timeZone: 'Europe/Helsinki' }),
  };
}

/** 'next/navigation' on the server. */
export const nextNavigationStandIn = {
  redirect: (url: string) => {
    throw new Stopped(`redirect ${url}`);
  },
  forbidden: () => {
    throw new Stopped('forbidden');
  },
  notFound: () => {
    throw new Stopped('not found');
  },
};

/** 'next/cache': revalidation is recorded, nothing else (tests have no Next cache). */
export const cacheStandIn = {
  revalidatePath: (path: string) => {
    request.revalidated.push(path);
  },
  revalidateTag: (tag: string) => {
    request.revalidated.push(tag);
  },
};

/** '@/lib/jobs/send-outbox-soon': the ids are recorded; the outbox rows stay for the test to read. */
export const outboxKickStandIn = {
  sendOutboxSoon: async (ids: string[]) => {
    request.sentSoon.push(ids);
  },
};

/** A form's fields as the FormData a server action receives. */
export function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

/** What an action gave back, or where Next would have stopped it ('forbidden', 'redirect /signin?…'). */
export async function outcome<T>(run: () => Promise<T>): Promise<T | string> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Stopped) return error.how;
    throw error;
  }
}
