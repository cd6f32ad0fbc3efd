import type { VatRateBp } from '@/lib/money';
import type { ProductStatus } from '@/lib/generated/prisma/enums';

// A product as read from a Shopify CSV, before it is compared with the database.
// `undefined` means "the file does not say" (no such column, or an empty cell where empty means
// "leave as is"): the import then leaves that field alone.

export type ShopifyVariant = {
  row: number;
  /** null: the file has no SKU for it (matched by its options, or one is made from the handle). */
  sku: string | null;
  size: string | null;
  colour: string | null;
  priceCents: number;
  compareAtCents: number | null;
  /** undefined: no VAT column or an empty cell (new variants get 25.5 %). */
  vatRateBp: VatRateBp | undefined;
  /** undefined: no barcode column. null: empty cell (no EAN). */
  ean: string | null | undefined;
  /** undefined: no quantity given (stock left as is). */
  quantity: number | undefined;
};

export type ShopifyImage = {
  row: number;
  url: string;
  /** Zero-based (the file's Image Position minus one); undefined: by order in the file. */
  position: number | undefined;
  alt: string | undefined;
};

export type ShopifyProduct = {
  handle: string;
  firstRow: number;
  /** Every row of the file that belongs to this product. */
  rows: number[];
  /** false: the file has only image rows for a product that must already exist. */
  hasProductRow: boolean;
  title: string;
  description: string | undefined;
  vendor: string | null | undefined;
  /** Category by name; undefined: leave the category as is. */
  type: string | undefined;
  tags: string[] | undefined;
  status: ProductStatus | undefined;
  variants: ShopifyVariant[];
  images: ShopifyImage[];
};
