// The scheduled-publishing job runs outside any request, where revalidateTag cannot reach the
// app's cache; it asks here instead (lib/content/request-content-revalidation.ts). Signed with
// the app's secret: anything else is refused.
import { NextResponse } from 'next/server';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyRevalidation } from '@/lib/content/revalidation-signature';
import { revalidateContent } from '@/lib/content/revalidate-content';

export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  const body = await request.text();
  if (body.length > 1000 || !verifyRevalidation(request.headers.get(TIMESTAMP_HEADER), request.headers.get(SIGNATURE_HEADER), body)) {
    return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
  }
  revalidateContent();
  return NextResponse.json({ revalidated: true });
}
