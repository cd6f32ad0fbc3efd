import 'server-only';
import { prisma } from '@/lib/db';

export type PickerProduct = { id: string; slug: string; name: string; sku: string | null; status: string };

/** The editor's product picker: products whose name (fi/en) or a SKU contains the words typed. At most 12. */
export async function searchProductsForPicker(query: string, locale: 'fi' | 'en'): Promise<PickerProduct[]> {
  const text = query.trim().slice(0, 100);
  if (text.length === 0) return [];
  const products = await prisma.product.findMany({
    where: {
      OR: [
        { nameFi: { contains: text, mode: 'insensitive' } },
        { nameEn: { contains: text, mode: 'insensitive' } },
        { slug: { contains: text, mode: 'insensitive' } },
        { variants: { some: { sku: { contains: text, mode: 'insensitive' } } } },
      ],
    },
    select: { id: true, slug: true, nameFi: true, nameEn: true, status: true, variants: { select: { sku: true }, orderBy: { sku: 'asc' }, take: 1 } },
    orderBy: [{ status: 'asc' }, { nameFi: 'asc' }],
    take: 12,
  });
  return products.map((product) => ({
    id: product.id,
    slug: product.slug,
    name: locale === 'en' ? product.nameEn : product.nameFi,
    sku: product.variants[0]?.sku ?? null,
    status: product.status,
  }));
}
