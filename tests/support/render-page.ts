// Renders a server page (an async component tree) to HTML in a test, with the Finnish messages,
// as the browser would first receive it. Errors in missing messages fail the test.
import { cloneElement, createElement, isValidElement, type ComponentType, type ReactElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { loadMessages } from '@/i18n/messages';

const Provider = NextIntlClientProvider as unknown as ComponentType<{ locale: string; messages: unknown; timeZone: string; onError: (e: Error) => void; children?: ReactNode }>;

/** Calls the async (server) components of a tree, so the rest can be rendered synchronously. */
async function resolve(node: ReactNode): Promise<ReactNode> {
  if (Array.isArray(node)) return Promise.all(node.map(resolve));
  if (!isValidElement(node)) return node;
  const element = node as ReactElement<Record<string, unknown>>;
  if (typeof element.type === 'function' && element.type.constructor.name === 'AsyncFunction') {
    return resolve(await (element.type as (props: unknown) => Promise<ReactNode>)(element.props));
  }
  const children = element.props.children as ReactNode;
  if (children === undefined) return element;
  // Children given as arguments, as JSX gives them (an array argument would need keys).
  const resolved = await resolve(children);
  return Array.isArray(children) ? cloneElement(element, undefined, ...(resolved as ReactNode[])) : cloneElement(element, undefined, resolved);
}

/** The page's HTML as first sent: client parts that read the session show their loading state. */
export async function renderPage(page: ReactNode | Promise<ReactNode>): Promise<string> {
  const messages = await loadMessages('fi');
  const tree = await resolve(await page);
  const onError = (error: Error) => {
    throw error;
  };
  return renderToStaticMarkup(createElement(Provider, { locale: 'fi', messages, timeZone: 'Europe/Helsinki', onError }, tree));
}
