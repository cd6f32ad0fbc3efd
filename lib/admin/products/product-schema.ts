import { z } from 'zod';
import { parseAmountToCents, VAT_RATES_BP, type VatRateBp } from '@/lib/money';
import { isAbsoluteLink, isShopPath } from '@/lib/validation/safe-link';
import { slugify } from './slugify';
import { normalizeBarcode } from '@/lib/catalog/barcode';

// The product editor's fields, checked on the server. Error messages are keys into the
// adminProducts namespace; paths name the form fields ("variants.1.price").

const E = (key: string) => `adminProducts.errors.${key}`;

const checkbox = z
  .string()
  .optional()
  .transform((value) => value === 'on' || value === 'true');

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, E('tooLong'))
    .optional()
    .transform((value) => value || null);

/** Euros as typed ("12,90", "12.90", "12") -> cents; `required` false lets it be empty (null). */
function money(required: boolean) {
  return z
    .string()
    .trim()
    .optional()
    .transform((value, ctx): number | null => {
      if (!value) {
        if (required) ctx.addIssue({ code: 'custom', message: E('priceRequired') });
        return null;
      }
      const cents = parseAmountToCents(value);
      if (cents === null || cents > 10_000_000) {
        ctx.addIssue({ code: 'custom', message: E('priceInvalid') });
        return null;
      }
      if (cents < 0) ctx.addIssue({ code: 'custom', message: E('priceNegative') });
      return cents;
    });
}

export const variantSchema = z
  .object({
    id: z
      .union([z.literal(''), z.uuid()], { error: E('badRequest') })
      .optional()
      .transform((value) => value || null),
    sku: z
      .string({ error: E('skuRequired') })
      .trim()
      .min(1, E('skuRequired'))
      .max(64, E('tooLong'))
      .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, E('skuInvalid')),
    ean: z
      .string()
      .trim()
      .optional()
      .transform((value) => value || null)
      .refine((value) => value === null || normalizeBarcode(value) !== null, E('eanInvalid'))
      .transform((value) => (value === null ? null : normalizeBarcode(value))),
    size: optionalText(40),
    colour: optionalText(40),
    price: money(true),
    compareAt: money(false),
    active: checkbox,
  })
  .superRefine((variant, ctx) => {
    if (variant.compareAt !== null && variant.price !== null && variant.compareAt <= variant.price) {
      ctx.addIssue({ code: 'custom', path: ['compareAt'], message: E('compareAtNotAbovePrice') });
    }
  })
  .transform(({ price, compareAt, ...variant }) => ({ ...variant, priceCents: price ?? 0, compareAtCents: compareAt }));

// A picture: a path of the shop's own (/uploads/x.webp, /demo/...) or an http(s) address.
export const imageSchema = z.object({
  url: z
    .string()
    .trim()
    .min(1, E('imageUrlRequired'))
    .max(1000, E('tooLong'))
    .refine((url) => isShopPath(url) || isAbsoluteLink(url, ['http', 'https']), E('imageUrlInvalid')),
  altFi: z.string({ error: E('altRequired') }).trim().min(1, E('altRequired')).max(300, E('tooLong')),
  altEn: z.string().trim().max(300, E('tooLong')).optional().default(''),
});

export const productSchema = z
  .object({
    nameFi: z.string({ error: E('nameRequired') }).trim().min(1, E('nameRequired')).max(200, E('tooLong')),
    nameEn: z.string({ error: E('nameRequired') }).trim().min(1, E('nameRequired')).max(200, E('tooLong')),
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .max(120, E('tooLong'))
      .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, E('slugInvalid'))
      .optional()
      .default(''),
    descriptionFi: z.string().max(10_000, E('tooLong')).optional().default(''),
    descriptionEn: z.string().max(10_000, E('tooLong')).optional().default(''),
    categoryId: z
      .union([z.literal(''), z.uuid()], { error: E('badRequest') })
      .optional()
      .transform((value) => value || null),
    tags: z
      .string()
      .max(1000, E('tooLong'))
      .optional()
      .transform((value) => parseTags(value ?? ''))
      .refine((tags) => tags.length <= 20 && tags.every((tag) => tag.length <= 40 && slugify(tag) !== ''), E('tagsInvalid')),
    vatRateBp: z
      .enum(VAT_RATES_BP.map(String) as [string, ...string[]], { error: E('vatInvalid') })
      .transform((rate) => Number(rate) as VatRateBp),
    status: z.enum(['DRAFT', 'ACTIVE', 'ARCHIVED'], { error: E('badRequest') }),
    finalSale: checkbox,
    featured: checkbox,
    images: z.array(imageSchema).max(20, E('tooMany')).optional().default([]),
    variants: z.array(variantSchema, { error: E('variantsRequired') }).min(1, E('variantsRequired')).max(100, E('tooMany')),
  })
  .transform((product) => ({ ...product, slug: product.slug || slugify(product.nameFi) }))
  .superRefine((product, ctx) => {
    // A name of symbols only makes no slug.
    if (product.slug === '') ctx.addIssue({ code: 'custom', path: ['slug'], message: E('slugInvalid') });
    const seen = new Map<string, number>();
    product.variants.forEach((variant, index) => {
      const key = variant.sku.toUpperCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['variants', index, 'sku'], message: E('skuRepeated') });
      seen.set(key, index);
    });
  });

export type ProductInput = z.output<typeof productSchema>;
export type VariantInput = ProductInput['variants'][number];

/** "kahvi, Lahjat ,kahvi" -> ["kahvi", "Lahjat"]: trimmed, empty and repeated names dropped. */
export function parseTags(text: string): string[] {
  const names = text.split(',').map((name) => name.trim().replace(/\s+/g, ' ')).filter(Boolean);
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLocaleLowerCase('fi');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
