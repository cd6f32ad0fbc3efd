// Shapes of catalog data handed to pages and components. All plain JSON (no Date, no Map), so
// they can be kept in Next's data cache and sent to client components as they are.
import type { StockStatus } from './stock-status';

export type ProductImageData = { url: string; alt: string; width: number | null; height: number | null };

/** What a product card shows. Prices are the lowest of the product's active variants. */
export type ProductCardData = {
  id: string;
  slug: string;
  name: string;
  priceCents: number;
  /** The variants have different prices: the card says "from". */
  priceVaries: boolean;
  /** The "was" price of the cheapest variant, when it is on sale. */
  compareAtCents: number | null;
  image: ProductImageData | null;
};

export type VariantData = {
  id: string;
  sku: string;
  size: string | null;
  colour: string | null;
  priceCents: number;
  compareAtCents: number | null;
  vatRateBp: number;
};

export type CategoryLink = { id: string; slug: string; name: string };

export type ProductPageData = {
  id: string;
  slug: string;
  name: string;
  description: string;
  vendor: string | null;
  finalSale: boolean;
  /** The product's category and its ancestors, root first. */
  categoryPath: CategoryLink[];
  images: ProductImageData[];
  /** Active variants in their shop order; at least one. */
  variants: VariantData[];
};

export type LocationStock = { status: StockStatus; /** Only told when few are left. */ quantity?: number; pickupToday: boolean };

/** GET /api/products/[slug]/availability */
export type ProductAvailability = {
  productId: string;
  /** The active variants now. A page rendered earlier finds its variants here by SKU. */
  variants: { id: string; sku: string }[];
  locations: {
    id: string;
    slug: string;
    kind: 'STORE' | 'WAREHOUSE';
    name: string;
    city: string | null;
    /** Orders can be picked up here (and its stock can be sold online). */
    pickupEnabled: boolean;
    /** When an order placed now would be ready today (minutes since Helsinki midnight), or null. */
    pickupReadyAt: number | null;
    /** By variant id. */
    stock: Record<string, LocationStock>;
  }[];
};

export type SearchSuggestion = { name: string; slug: string; priceCents: number; imageUrl: string | null };

/** A suggestion as /api/search/suggest sends it: with a ready 40 px thumbnail. */
export type SuggestionAnswer = SearchSuggestion & { thumbnail: { src: string; srcSet: string | null } | null };
