// Requests no browser of the shop's sends, refused before they reach a page, a route or a server
// action with 400 and one line in the log (proxy.ts): an address with a NUL or another control
// byte, or with percent-escapes that are not UTF-8 (%C0%AF, an "overlong" slash); a server action
// whose body is not what React's client encodes, is nested deeper than any argument of ours, or
// refers to what none of our actions takes (another row, a Map, a stream...).
// Without this they reached PostgreSQL (which refuses NUL in text) or React's decoder and came
// back as 500 with a stack trace in the log.

/** Deeper than any argument a server action of the shop takes; React's decoder recurses per level. */
export const MAX_ACTION_NESTING = 64;
/** Rows React's client writes for one call: one per outlined value (a FormData, a Map, a file...). */
const MAX_ACTION_ROWS = 1_000;

// Control bytes, escaped or not; in the path also DEL. A query may carry tabs and line breaks
// (a <textarea> in a GET form), never NUL.
const PATH_CONTROL = /%(?:[01][0-9a-f]|7f)|[\u0000-\u001f\u007f]/i;
const QUERY_NUL = /%00|\u0000/;

/** Why the address is refused, or null when it is fine. `pathname` and `search` as sent, still percent-encoded. */
export function malformedUrl(pathname: string, search: string): string | null {
  if (PATH_CONTROL.test(pathname)) return 'control character in the path';
  if (!decodes(pathname)) return 'path is not UTF-8';
  if (QUERY_NUL.test(search)) return 'NUL in the query';
  if (!decodes(search.replaceAll('+', ' '))) return 'query is not UTF-8';
  return null;
}

function decodes(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Why a server action request is refused, or null when its body is well formed. A call from the
 * browser (a Next-Action header) has a JSON body (the list of arguments), or a multipart body
 * whose numbered fields are JSON rows (row 0 the arguments; a form's own fields are `_<n>_name`);
 * a form posted before the page's script ran (no header) has `$ACTION_<n>:<m>` JSON fields.
 */
export async function malformedActionRequest(request: Request): Promise<string | null> {
  if (request.method !== 'POST') return null;
  const contentType = request.headers.get('content-type') ?? '';
  const isCall = request.headers.has('next-action');
  const multipart = /^multipart\/form-data\s*;/i.test(contentType);
  if (!isCall && !multipart) return null;
  if (!multipart) {
    const problem = malformedJsonRow(await request.clone().text(), { args: true });
    return problem ? `action body: ${problem}` : null;
  }
  let form: FormData;
  try {
    form = await request.clone().formData();
  } catch {
    return 'action body: unreadable multipart';
  }
  let rows = 0;
  for (const [key, value] of form) {
    if (typeof value !== 'string') continue;
    if (value.includes('\u0000')) return `action field ${JSON.stringify(key.slice(0, 40))}: NUL`;
    const isRow = isCall ? /^\d+$/.test(key) : /^\$ACTION_[^:]*:\d+$/.test(key);
    if (!isRow) continue;
    if (++rows > MAX_ACTION_ROWS) return 'action body: too many rows';
    const problem = malformedJsonRow(value, { args: isCall && key === '0' });
    if (problem) return `action field ${JSON.stringify(key.slice(0, 40))}: ${problem}`;
  }
  return null;
}

/**
 * Why `text` is not a JSON value React's client could have written, or null. `args`: the row that
 * holds the call's arguments, which React's client always writes as a list.
 */
export function malformedJsonRow(text: string, { args = false }: { args?: boolean } = {}): string | null {
  if (nestingDepth(text) > MAX_ACTION_NESTING) return `nested deeper than ${MAX_ACTION_NESTING}`;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'not JSON';
  }
  if (args && !Array.isArray(value)) return 'arguments are not a list';
  // PostgreSQL keeps no NUL in text; no form of the shop can type one.
  if (/(?<!\\)(?:\\\\)*\\u0000/.test(text)) return 'NUL';
  const reference = unexpectedReference(value);
  if (reference) return `reference ${JSON.stringify(reference.slice(0, 20))}`;
  return null;
}

/**
 * What React's client writes for the arguments the shop's actions take, as strings that start
 * with `$`: an escaped `$`, a form's FormData (`$K<row>`), undefined, special numbers, a date, a
 * bigint, and a no-script form's bound arguments (`$@<row>`). Any other (a Map, a Set, a stream,
 * a server reference, a reference to another row...) is never sent by the shop, and React's
 * decoder answers several of them with a 500 (a row that is not there, a row that refers back).
 */
const EXPECTED_REFERENCE = /^\$(?:\$.*|K[0-9a-f]+|@[0-9a-f]+|undefined|NaN|-?Infinity|-0|D.*|n-?\d+)$/s;

/** The first `$` string in the value that EXPECTED_REFERENCE does not allow, or null. */
function unexpectedReference(value: unknown): string | null {
  if (typeof value === 'string') return value.startsWith('$') && !EXPECTED_REFERENCE.test(value) ? value : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const item of Array.isArray(value) ? value : Object.values(value)) {
    const found = unexpectedReference(item);
    if (found) return found;
  }
  return null;
}

/** The deepest nesting of arrays and objects in JSON text (brackets in strings do not count), without parsing it. */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > deepest) deepest = depth;
      if (deepest > MAX_ACTION_NESTING) return deepest;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/** One line for the log: method, address (cut short, control bytes escaped) and the reason. */
export function logLine(request: Request, reason: string): string {
  const url = new URL(request.url);
  const address = (url.pathname + url.search).slice(0, 200).replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return `Bad request refused (400): ${request.method} ${address}: ${reason}`;
}
