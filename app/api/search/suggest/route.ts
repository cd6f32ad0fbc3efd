import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { suggestProducts } from '@/lib/catalog/suggest-products';
import { MAX_QUERY_LENGTH } from '@/lib/catalog/search-terms';

// Search suggestions while typing: GET /api/search/suggest?q=kahv&locale=fi ->
// { "suggestions": [{ "name", "slug", "priceCents", "imageUrl" }, ...] } (at most 8).
export const dynamic = 'force-dynamic';

const Query = z.object({
  q: z.string().transform((q) => q.trim().slice(0, MAX_QUERY_LENGTH)),
  locale: z.enum(routing.locales).catch(routing.defaultLocale),
});

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const { q, locale } = Query.parse({ q: params.get('q') ?? '', locale: params.get('locale') ?? undefined });
  const suggestions = q.length >= 2 ? await suggestProducts({ query: q, locale }) : [];
  return Response.json({ suggestions }, { headers: { 'Cache-Control': 'public, max-age=60' } });
}
