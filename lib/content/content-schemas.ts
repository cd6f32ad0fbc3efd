// What the content editor sends: the texts, cover, tags and body of one language version, and for
// an event page the event's own fields. Messages are keys under adminContent.errors.
import { z } from 'zod';
import { contentBody, imageUrl, plainText } from './blocks';
import { CONTENT_SLUG_PATTERN } from './content-slug';
import { helsinkiLocalToUtc } from '@/lib/catalog/helsinki-local-time';
import { sanitizeRichText } from './sanitize-rich-text';

const e = (key: string) => ({ error: `adminContent.errors.${key}` });
const issue = (key: string) => ({ message: `adminContent.errors.${key}` });

const optionalText = (max: number) =>
  z
    .string()
    .optional()
    .transform((text) => text?.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim() || undefined)
    .pipe(z.string().max(max, e('textTooLong')).optional());

export const EDITABLE_CONTENT_TYPES = ['STORY', 'GUIDE', 'EVENT'] as const;
export type EditableContentType = (typeof EDITABLE_CONTENT_TYPES)[number];

/** The body with every rich text sanitized; a text block that is empty afterwards is refused. */
const sanitizedBody = contentBody
  .transform((blocks) => blocks.map((block) => (block.type === 'text' ? { ...block, html: sanitizeRichText(block.html) } : block)))
  .superRefine((blocks, context) => {
    blocks.forEach((block, index) => {
      if (block.type === 'text' && block.html === '') context.addIssue({ code: 'custom', path: [index, 'html'], ...issue('textRequired') });
    });
  });

export const contentFieldsSchema = z
  .object({
    title: plainText(200, 'titleRequired'),
    slug: z
      .string()
      .optional()
      .transform((slug) => slug?.trim().toLowerCase() ?? '')
      .pipe(z.string().max(120, e('slugInvalid')).refine((slug) => slug === '' || CONTENT_SLUG_PATTERN.test(slug), e('slugInvalid'))),
    excerpt: optionalText(300),
    coverImageUrl: z
      .string()
      .optional()
      .transform((url) => url?.trim() || undefined)
      .pipe(imageUrl.optional()),
    coverImageAlt: optionalText(300),
    tagIds: z.array(z.uuid(e('tagInvalid'))).max(30, e('tagInvalid')).default([]),
    body: sanitizedBody,
  })
  .superRefine((fields, context) => {
    if (fields.coverImageUrl && !fields.coverImageAlt) context.addIssue({ code: 'custom', path: ['coverImageAlt'], ...issue('altRequired') });
  });

const helsinkiTime = (requiredKey: string) =>
  z
    .string(e(requiredKey))
    .transform((local) => helsinkiLocalToUtc(local))
    .refine((instant): instant is Date => instant !== null, e(requiredKey))
    .transform((instant) => instant as Date);

export const eventFieldsSchema = z
  .object({
    storeId: z.uuid(e('storeRequired')),
    startsAt: helsinkiTime('startsInvalid'),
    endsAt: helsinkiTime('endsInvalid'),
    capacity: z.coerce.number(e('capacityInvalid')).int(e('capacityInvalid')).min(1, e('capacityInvalid')).max(10_000, e('capacityInvalid')),
    status: z.enum(['SCHEDULED', 'CANCELLED'], e('eventStatusInvalid')),
    featuredProductIds: z.array(z.uuid(e('productRequired'))).max(24, e('tooManyProducts')).default([]),
  })
  .refine((event) => event.endsAt > event.startsAt, { path: ['endsAt'], ...e('endsBeforeStart') });

export const newContentSchema = z.object({
  type: z.enum(EDITABLE_CONTENT_TYPES, e('typeInvalid')),
  locale: z.enum(['fi', 'en'], e('localeInvalid')),
});

export const scheduleSchema = z.object({ scheduledAt: helsinkiTime('scheduleInvalid') });

export type ContentFields = z.output<typeof contentFieldsSchema>;
export type EventFields = z.output<typeof eventFieldsSchema>;
