import { readFileSync } from 'node:fs';
import { prisma } from '@/lib/db';
import { createStore } from '../support/factories/stores';

export const SHOPIFY_FIXTURE = readFileSync('tests/fixtures/shopify/products.csv', 'utf8');

/** A web warehouse (the default store for imported stock) and a physical store. */
export async function importStores() {
  const warehouse = await createStore({ kind: 'WAREHOUSE', pickupEnabled: false, returnsEnabled: false, name: 'Verkkovarasto' });
  const store = await createStore({ name: 'Jyväskylä' });
  return { warehouse, store };
}

/** The whole text an export generator yields. */
export async function collect(chunks: AsyncGenerator<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

/** Every row an import can touch, to show that something changed nothing. */
export async function catalogSnapshot() {
  const [products, variants, images, tags, levels, movements, categories] = await Promise.all([
    prisma.product.findMany({ orderBy: { slug: 'asc' }, omit: { createdAt: true } }),
    prisma.productVariant.findMany({ orderBy: { sku: 'asc' } }),
    prisma.productImage.findMany({ orderBy: { id: 'asc' } }),
    prisma.productTag.findMany({ orderBy: [{ productId: 'asc' }, { tagId: 'asc' }] }),
    prisma.stockLevel.findMany({ orderBy: [{ variantId: 'asc' }, { storeId: 'asc' }] }),
    prisma.stockMovement.count(),
    prisma.category.count(),
  ]);
  return { products, variants, images, tags, levels, movements, categories };
}
