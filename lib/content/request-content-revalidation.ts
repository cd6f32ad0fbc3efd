import 'server-only';
import { appUrl } from '@/lib/email/translator';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, signRevalidation } from './revalidation-signature';

/**
 * Asks the running app to regenerate its content pages (POST /api/revalidate/content, signed).
 * For code outside a request, such as the scheduled-publishing job, where revalidateTag cannot
 * reach Next's cache. Never throws: when the app cannot be reached the pages renew when their
 * cache expires, and the failure is logged. Returns whether the app accepted.
 */
export async function requestContentRevalidation(): Promise<boolean> {
  const body = JSON.stringify({ scope: 'content' });
  const timestamp = String(Date.now());
  const signature = signRevalidation(timestamp, body);
  if (!signature) {
    console.warn('Content revalidation not requested: NEXTAUTH_SECRET is not set.');
    return false;
  }
  try {
    const response = await fetch(appUrl('/api/revalidate/content', 'fi'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signature, [TIMESTAMP_HEADER]: timestamp },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) console.warn(`Content revalidation refused: HTTP ${response.status}.`);
    return response.ok;
  } catch (error) {
    console.warn('Content revalidation request failed:', (error as Error).message);
    return false;
  }
}
