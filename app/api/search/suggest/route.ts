import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { catalogImageProps } from '@/lib/catalog/catalog-image-props';
import { suggestProducts } from '@/lib/catalog/suggest-products';
import { MAX_QUERY_LENGTH } from '@/lib/catalog/search-terms';
import type { SuggestionAnswer } from '@/lib/catalog/types';

// Search suggestions while typing: GET /api/search/suggest?q=kahv&locale=fi ->
// { "suggestions": [{ "name", "slug", "priceCents", "imageUrl", "thumbnail": { "src", "srcSet" } }, ...] }
// (at most 8). The thumbnail is the 40 px picture through the image optimizer.
export const dynamic = 'force-dynamic';

const Query = z.object({
  q: z.string().transform((q) => q.trim().slice(0, MAX_QUERY_LENGTH)),
  locale: z.enum(routing.locales).catch(routing.defaultLocale),
});

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const { q, locale } = Query.parse({ q: params.get('q') ?? '', locale: params.get('locale') ?? undefined });
  const found = q.length >= 2 ? await suggestProducts({ query: q, locale }) : [];
  const suggestions: SuggestionAnswer[] = found.map((suggestion) => ({ ...suggestion, thumbnail: suggestion.imageUrl ? thumbnail(suggestion.imageUrl) : null }));
  return Response.json({ suggestions }, { headers: { 'Cache-Control': 'public, max-age=60' } });
}

function thumbnail(src: string) {
  const img = catalogImageProps({ src, alt: '', width: 40, height: 40 });
  return { src: img.src, srcSet: img.srcSet ?? null };
}
