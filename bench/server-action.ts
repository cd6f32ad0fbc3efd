// Calls a server action over HTTP the way the browser does: POST to a page that uses it, with
// the action's id in the `Next-Action` header and the arguments encoded by React's encodeReply.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { encodeReply } = require('next/dist/compiled/react-server-dom-turbopack/client.node.js') as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

type Manifest = { node: Record<string, { filename?: string; exportedName?: string }> };

/** The id of `exportName` in `file` (e.g. 'lib/actions/add-to-cart.ts') in the current build. */
export function actionId(file: string, exportName: string, distDir = '.next-bench'): string {
  const manifest = JSON.parse(readFileSync(`${distDir}/server/server-reference-manifest.json`, 'utf8')) as Manifest;
  const entry = Object.entries(manifest.node).find(
    ([, value]) => value.filename?.endsWith(file) && value.exportedName === exportName,
  );
  if (!entry) throw new Error(`No server action ${exportName} in ${file} in this build`);
  return entry[0];
}

export type ActionCall = { status: number; cookies: string[]; ok: boolean; /** The answer as the browser gets it (React's flight format). */ text: string };

export async function callAction(pageUrl: string, id: string, args: unknown[], cookie = ''): Promise<ActionCall> {
  const body = await encodeReply(args);
  const response = await fetch(pageUrl, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Next-Action': id, Accept: 'text/x-component', ...(cookie ? { Cookie: cookie } : {}) },
    body,
  });
  const text = await response.text();
  const redirected = response.headers.has('x-action-redirect');
  return {
    status: response.status,
    cookies: response.headers.getSetCookie().map((c) => c.split(';')[0]),
    ok: (response.status === 200 || redirected || response.status === 303) && !text.includes('"status":"error"'),
    text,
  };
}
