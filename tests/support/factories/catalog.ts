import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

let sequence = 0;

type VariantOptions = {
  priceCents?: number;
  compareAtCents?: number;
  vatRateBp?: 2550 | 1400 | 1000 | 0;
  /** false: a variant no longer sold. */
  active?: boolean;
  size?: string;
  colour?: string;
  /** On-hand count per store id; each gets a stock level and the RECEIVE movement behind it. */
  stock?: Record<string, number>;
};

/**
 * A new ACTIVE product with unique slug and SKUs. One variant (12.90 €, 25.5 % VAT) unless
 * `variants` says otherwise. Returns the product with its variants.
 */
export async function createProduct(
  options: { variants?: VariantOptions[]; stock?: Record<string, number> } & Partial<Prisma.ProductUncheckedCreateInput> = {},
) {
  sequence += 1;
  const { variants: variantOptions, stock, ...fields } = options;
  const variants: VariantOptions[] = variantOptions ?? [{ stock }];
  const key = `${process.pid}-${Date.now()}-${sequence}`;
  const product = await prisma.product.create({
    data: {
      slug: `product-${key}`,
      nameFi: `Testituote ${sequence}`,
      nameEn: `Test product ${sequence}`,
      status: 'ACTIVE',
      ...fields,
      variants: {
        create: variants.map((variant, position) => ({
          sku: `TEST-${key}-${position + 1}`,
          priceCents: variant.priceCents ?? 1290,
          compareAtCents: variant.compareAtCents ?? null,
          vatRateBp: variant.vatRateBp ?? 2550,
          active: variant.active ?? true,
          size: variant.size ?? null,
          colour: variant.colour ?? null,
          position,
        })),
      },
    },
    include: { variants: { orderBy: { position: 'asc' } } },
  });
  for (const [index, variant] of variants.entries()) {
    for (const [storeId, onHand] of Object.entries(variant.stock ?? {})) {
      await setStock(product.variants[index].id, storeId, onHand);
    }
  }
  return product;
}

/** Gives a variant `onHand` units in a store (a stock level plus its RECEIVE movement). */
export async function setStock(variantId: string, storeId: string, onHand: number) {
  await prisma.$transaction([
    prisma.stockLevel.upsert({
      where: { variantId_storeId: { variantId, storeId } },
      create: { variantId, storeId, onHand },
      update: { onHand: { increment: onHand } },
    }),
    prisma.stockMovement.create({
      data: { variantId, storeId, type: 'RECEIVE', onHandDelta: onHand, reason: 'test stock' },
    }),
  ]);
}

let categorySequence = 0;

/** A new category with a unique slug; `parentId` makes it a subcategory. */
export async function createCategory(overrides: Partial<Prisma.CategoryUncheckedCreateInput> = {}) {
  categorySequence += 1;
  const key = `${process.pid}-${Date.now()}-${categorySequence}`;
  return prisma.category.create({
    data: { slug: `category-${key}`, nameFi: `Testiryhmä ${categorySequence}`, nameEn: `Test category ${categorySequence}`, ...overrides },
  });
}
