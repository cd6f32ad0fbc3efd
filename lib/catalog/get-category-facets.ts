import 'server-only';
import { prisma } from '@/lib/db';

export type CategoryFacets = {
  sizes: string[];
  colours: string[];
  /** The price range of the visible variants, for the filter form's hints. */
  minCents: number | null;
  maxCents: number | null;
};

/** The sizes, colours and prices found among the visible products of these categories. */
export async function getCategoryFacets(categoryIds: readonly string[]): Promise<CategoryFacets> {
  const where = { active: true, product: { status: 'ACTIVE' as const, categoryId: { in: [...categoryIds] } } };
  const [sizes, colours, prices] = await Promise.all([
    prisma.productVariant.findMany({ where: { ...where, size: { not: null } }, select: { size: true }, distinct: ['size'] }),
    prisma.productVariant.findMany({ where: { ...where, colour: { not: null } }, select: { colour: true }, distinct: ['colour'] }),
    prisma.productVariant.aggregate({ where, _min: { priceCents: true }, _max: { priceCents: true } }),
  ]);
  return {
    sizes: sortSizes(sizes.map((v) => v.size!)),
    colours: colours.map((v) => v.colour!).sort((a, b) => a.localeCompare(b, 'fi')),
    minCents: prices._min.priceCents,
    maxCents: prices._max.priceCents,
  };
}

// Clothing sizes in their natural order, numbers by value, everything else alphabetically.
const LETTER_SIZES = ['XXS', 'XS', 'S', 'S/M', 'M', 'M/L', 'L', 'L/XL', 'XL', 'XXL', '3XL'];

function sortSizes(sizes: string[]): string[] {
  const rank = (size: string) => {
    const letter = LETTER_SIZES.indexOf(size.toUpperCase());
    if (letter >= 0) return [0, letter] as const;
    const number = Number.parseFloat(size.replace(',', '.'));
    return Number.isFinite(number) ? ([1, number] as const) : ([2, 0] as const);
  };
  return [...sizes].sort((a, b) => {
    const [groupA, valueA] = rank(a);
    const [groupB, valueB] = rank(b);
    return groupA - groupB || valueA - valueB || a.localeCompare(b, 'fi');
  });
}
