// The blocks a story, guide or event page is built from (contents.body is a JSON array of these).
// One schema serves the editor (validating what is saved) and the pages (reading what was saved).
// Error messages are keys under adminContent.errors (see lib/forms/form-state.ts).
import { z } from 'zod';
import { isAbsoluteLink, isShopPath, looksLikeShopPath } from '@/lib/validation/safe-link';

const e = (key: string) => ({ error: `adminContent.errors.${key}` });

/** One line of plain text: trimmed, control characters removed (React escapes it on output). */
export const plainText = (max: number, requiredKey = 'textRequired') =>
  z
    .string(e(requiredKey))
    .transform((text) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim())
    .pipe(z.string().min(1, e(requiredKey)).max(max, e('textTooLong')));

const optionalPlainText = (max: number) =>
  z
    .string()
    .optional()
    .transform((text) => text?.trim() || undefined)
    .pipe(z.string().max(max, e('textTooLong')).optional());

const slug = z.string(e('productRequired')).trim().min(1, e('productRequired')).max(200, e('productRequired'));

/**
 * Where a link in content may point: a path in this shop ("/events", "/product/x") or an
 * https/http/mailto address. Anything else (javascript:, data:) is refused, and so is anything
 * written like a path that a browser would take to another site ("//host", "/\host", "/%5chost",
 * a tab or a newline inside), with its own message.
 */
export const safeHref = z
  .string(e('linkInvalid'))
  .trim()
  .max(500, e('linkInvalid'))
  .refine((href) => !looksLikeShopPath(href) || isShopPath(href), e('linkOtherSite'))
  .refine((href) => isShopPath(href) || isAbsoluteLink(href, ['https', 'http', 'mailto']), e('linkInvalid'));

/** An image address: a file this shop serves (/uploads/..., /demo/...) or an https URL. */
export const imageUrl = z
  .string(e('imageRequired'))
  .trim()
  .min(1, e('imageRequired'))
  .max(1000, e('imageInvalid'))
  .refine((url) => !looksLikeShopPath(url) || isShopPath(url), e('imageOtherSite'))
  .refine((url) => isShopPath(url) || isAbsoluteLink(url, ['https']), e('imageInvalid'));

export const headingBlock = z.object({
  type: z.literal('heading'),
  text: plainText(200),
  /** h2 (default) or h3; the page title is the h1. */
  level: z.union([z.literal(2), z.literal(3)]).default(2),
});

/** Rich text as HTML, sanitized to a small set of tags on save and again on output. */
export const textBlock = z.object({ type: z.literal('text'), html: z.string(e('textRequired')).max(50_000, e('textTooLong')) });

export const imageBlock = z.object({
  type: z.literal('image'),
  url: imageUrl,
  /** Required: a reader who cannot see the picture is told what it shows. */
  alt: plainText(300, 'altRequired'),
  caption: optionalPlainText(300),
});

export const quoteBlock = z.object({ type: z.literal('quote'), text: plainText(1000), cite: optionalPlainText(200) });

export const productCardBlock = z.object({ type: z.literal('productCard'), productSlug: slug });

/** Chosen products (in this order), or the newest of a category or a tag. */
export const productGridBlock = z
  .object({
    type: z.literal('productGrid'),
    title: optionalPlainText(200),
    productSlugs: z.array(slug).max(24, e('tooManyProducts')).optional(),
    categorySlug: slug.optional(),
    tagSlug: slug.optional(),
    limit: z.number().int().min(1).max(24).default(8),
  })
  .refine((b) => [b.productSlugs?.length ? 1 : 0, b.categorySlug ? 1 : 0, b.tagSlug ? 1 : 0].reduce((a, n) => a + n) === 1, {
    ...e('gridSourceRequired'),
    path: ['productSlugs'],
  });

export const callToActionBlock = z.object({ type: z.literal('callToAction'), text: plainText(120), href: safeHref });

export const eventCardBlock = z.object({ type: z.literal('eventCard'), eventId: z.uuid(e('eventRequired')) });

export const contentBlock = z.discriminatedUnion('type', [
  headingBlock,
  textBlock,
  imageBlock,
  quoteBlock,
  productCardBlock,
  productGridBlock,
  callToActionBlock,
  eventCardBlock,
]);

export const contentBody = z.array(contentBlock).max(200, e('tooManyBlocks'));

export type ContentBlock = z.output<typeof contentBlock>;
export type ContentBlockType = ContentBlock['type'];
export type BlockOf<T extends ContentBlockType> = Extract<ContentBlock, { type: T }>;

/**
 * The saved body as blocks. Blocks that no longer validate (an old shape, a hand-edited row) are
 * left out rather than breaking the page.
 */
export function readContentBody(body: unknown): ContentBlock[] {
  if (!Array.isArray(body)) return [];
  return body.flatMap((raw) => {
    const parsed = contentBlock.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
}

/** A block as it may be written (defaults not yet applied), e.g. by the seed. */
export type ContentBlockInput = z.input<typeof contentBlock>;
