// The variant picker's logic: which sizes and colours a product comes in, and which variant a
// choice of size and colour means.

export type VariantChoice = { id: string; sku: string; size: string | null; colour: string | null };

function distinct(values: (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== null))];
}

/** The sizes and colours to choose from, in the variants' order. */
export function variantOptions(variants: readonly VariantChoice[]): { sizes: string[]; colours: string[] } {
  return { sizes: distinct(variants.map((v) => v.size)), colours: distinct(variants.map((v) => v.colour)) };
}

/**
 * The variant for a newly picked size or colour: the one with both the picked value and the
 * other attribute kept, or else the first one with the picked value.
 */
export function pickVariant<T extends VariantChoice>(
  variants: readonly T[],
  current: T,
  picked: { size: string } | { colour: string },
): T {
  const wanted = { size: current.size, colour: current.colour, ...picked };
  const exact = variants.find((v) => v.size === wanted.size && v.colour === wanted.colour);
  if (exact) return exact;
  const key = 'size' in picked ? 'size' : 'colour';
  return variants.find((v) => v[key] === wanted[key]) ?? current;
}

/** Whether `value` combines with the current choice of the other attribute. */
export function combines(
  variants: readonly VariantChoice[],
  current: VariantChoice,
  option: { size: string } | { colour: string },
): boolean {
  if ('size' in option) return variants.some((v) => v.size === option.size && v.colour === current.colour);
  return variants.some((v) => v.colour === option.colour && v.size === current.size);
}

/** The variant named by `?variant=SKU`, or the first one. */
export function variantFromSku<T extends VariantChoice>(variants: readonly T[], sku: string | null): T {
  return variants.find((v) => v.sku === sku) ?? variants[0];
}
