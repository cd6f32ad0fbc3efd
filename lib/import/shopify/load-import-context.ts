import 'server-only';
import { prisma } from '@/lib/db';
import { chunk } from '../chunk';

export type ExistingVariant = {
  id: string;
  sku: string;
  ean: string | null;
  priceCents: number;
  compareAtCents: number | null;
  vatRateBp: number;
  size: string | null;
  colour: string | null;
  position: number;
};

export type ExistingProduct = {
  id: string;
  slug: string;
  nameFi: string;
  nameEn: string;
  descriptionFi: string;
  descriptionEn: string;
  vendor: string | null;
  status: 'DRAFT' | 'ACTIVE' | 'ARCHIVED';
  categoryId: string | null;
  variants: ExistingVariant[];
  images: { id: string; url: string; altFi: string; altEn: string; position: number }[];
  tagIds: string[];
};

export type NamedRow = { id: string; slug: string; nameFi: string; nameEn: string };

export type ImportContext = {
  products: Map<string, ExistingProduct>;
  /** Product id of every SKU of the file that exists already. */
  skuOwners: Map<string, string>;
  /** Stock at the import's store, by variant id. */
  levels: Map<string, { onHand: number; reserved: number }>;
  categories: NamedRow[];
  tags: NamedRow[];
};

/** What the database has for the handles and SKUs of a file: read in a few queries. */
export async function loadImportContext(handles: string[], skus: string[], storeId: string): Promise<ImportContext> {
  const products = new Map<string, ExistingProduct>();
  for (const slugs of chunk(handles, 2000)) {
    const rows = await prisma.product.findMany({
      where: { slug: { in: slugs } },
      select: {
        id: true, slug: true, nameFi: true, nameEn: true, descriptionFi: true, descriptionEn: true, vendor: true, status: true, categoryId: true,
        variants: { select: { id: true, sku: true, ean: true, priceCents: true, compareAtCents: true, vatRateBp: true, size: true, colour: true, position: true } },
        images: { select: { id: true, url: true, altFi: true, altEn: true, position: true } },
        tags: { select: { tagId: true } },
      },
    });
    for (const { tags, ...row } of rows) products.set(row.slug, { ...row, tagIds: tags.map((t) => t.tagId) });
  }
  const skuOwners = new Map<string, string>();
  for (const part of chunk(skus, 5000)) {
    const rows = await prisma.productVariant.findMany({ where: { sku: { in: part } }, select: { sku: true, productId: true } });
    for (const row of rows) skuOwners.set(row.sku, row.productId);
  }
  const variantIds = [...products.values()].flatMap((p) => p.variants.map((v) => v.id));
  const levels = new Map<string, { onHand: number; reserved: number }>();
  for (const part of chunk(variantIds, 5000)) {
    const rows = await prisma.stockLevel.findMany({ where: { storeId, variantId: { in: part } }, select: { variantId: true, onHand: true, reserved: true } });
    for (const row of rows) levels.set(row.variantId, { onHand: row.onHand, reserved: row.reserved });
  }
  const [categories, tags] = await Promise.all([
    prisma.category.findMany({ select: { id: true, slug: true, nameFi: true, nameEn: true } }),
    prisma.tag.findMany({ select: { id: true, slug: true, nameFi: true, nameEn: true } }),
  ]);
  return { products, skuOwners, levels, categories, tags };
}
