import NextAuth from 'next-auth';
import { NextRequest } from 'next/server';
import { authOptions } from '@/lib/auth/options';
import { endedSessionAnswer } from '@/lib/auth/session-cookie';
import { malformedUrl } from '@/lib/security/malformed-request';

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/** A link from an e-mail or a redirect back to next-auth: its address is checked as the proxy checks pages'. */
async function GET(request: NextRequest, context: Context): Promise<Response> {
  const bad = badAddress(request);
  if (bad) return bad;
  const [action] = (await context.params).nextauth;
  return (action === 'session' ? await endedSessionAnswer() : null) ?? handler(request, context);
}

function badAddress(request: NextRequest): Response | null {
  const problem = malformedUrl(request.nextUrl.pathname, request.nextUrl.search);
  if (!problem) return null;
  console.warn(`Bad request refused (400): ${request.method} ${request.nextUrl.pathname}: ${problem}`);
  return plain(400, 'Bad request\n');
}

/**
 * next-auth's client posts forms (application/x-www-form-urlencoded). next-auth would also parse a
 * JSON body and hand it on as it is: objects where strings belong, or a SyntaxError, and a 500.
 * Any other body, and a form with a NUL or with escapes that are not UTF-8, is refused here with
 * a 4xx and one line in the log.
 */
async function POST(request: NextRequest, context: Context): Promise<Response> {
  const bad = badAddress(request);
  if (bad) return bad;
  const type = request.headers.get('content-type') ?? '';
  const path = request.nextUrl.pathname;
  if (!/^application\/x-www-form-urlencoded\s*(?:;|$)/i.test(type)) {
    console.warn(`Bad request refused (415): POST ${path}: body of type ${JSON.stringify(type.slice(0, 60))}`);
    return plain(415, 'Unsupported media type\n');
  }
  const body = await request.text();
  const problem = malformedUrl('/', body);
  if (problem) {
    console.warn(`Bad request refused (400): POST ${path}: form ${problem.replace('query', 'body')}`);
    return plain(400, 'Bad request\n');
  }
  return handler(new NextRequest(request.url, { method: 'POST', headers: request.headers, body }), context);
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}

export { GET, POST };
