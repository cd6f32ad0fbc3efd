import type { VatRateBp } from '@/lib/money';
import type { ProductStatus } from '@/lib/generated/prisma/enums';

// What an import will do, product by product: computed by planProductImport() (the dry run)
// and carried out by applyProductPlan(). Unchanged things are not in it, only counted.

export type ProductFields = {
  slug: string;
  nameFi: string;
  nameEn: string;
  descriptionFi: string;
  descriptionEn: string;
  vendor: string | null;
  status: ProductStatus;
};

export type VariantFields = {
  sku: string;
  ean: string | null;
  priceCents: number;
  compareAtCents: number | null;
  vatRateBp: VatRateBp;
  size: string | null;
  colour: string | null;
  position: number;
};

export type StockChange = {
  /** The variant's id, or its SKU when the variant is created in the same import. */
  variantId: string | null;
  sku: string;
  row: number;
  target: number;
};

export type ProductPlan = {
  handle: string;
  rows: number[];
  /** null: a new product. */
  productId: string | null;
  create: ProductFields | null;
  update: Partial<ProductFields> & { categoryId?: string | null };
  /** A category to find or create by name (for a new product, or a changed Type). */
  categoryName: string | null;
  /** The exact tag names the product gets; null: tags unchanged. */
  tags: string[] | null;
  createVariants: VariantFields[];
  updateVariants: { id: string; sku: string; data: Partial<VariantFields> }[];
  createImages: { url: string; altFi: string; altEn: string; position: number }[];
  updateImages: { id: string; data: { altFi?: string; altEn?: string; position?: number } }[];
  stock: StockChange[];
  /** Variant price changes, for the audit log. */
  priceChanges: { sku: string; from: number; to: number }[];
  unchangedVariants: number;
  unchangedImages: number;
};
