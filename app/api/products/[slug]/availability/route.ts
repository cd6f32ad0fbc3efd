import { getProductAvailability } from '@/lib/catalog/get-product-availability';

// Per-store stock of a product for the product page's availability island. Public data, no
// session: browsers and proxies may reuse an answer for a few seconds.
export const dynamic = 'force-dynamic';

const HEADERS = { 'Cache-Control': 'public, max-age=5' };

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const availability = slug.length <= 200 ? await getProductAvailability({ slug, now: new Date() }) : null;
  if (!availability) return Response.json({ error: 'not_found' }, { status: 404, headers: HEADERS });
  return Response.json(availability, { headers: HEADERS });
}
