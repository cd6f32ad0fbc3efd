import 'server-only';
import { z } from 'zod';
import { formFields } from '@/lib/forms/form-state';
import { isUuid } from '@/lib/validation/uuid';
import { contentFieldsSchema, eventFieldsSchema, newContentSchema, type ContentFields, type EventFields } from './content-schemas';

export type ContentForm =
  | { ok: true; contentId?: string; newContent?: z.output<typeof newContentSchema>; fields: ContentFields; event?: EventFields }
  | { ok: false; error: z.ZodError }
  | { ok: false; notFound: true };

/**
 * The editor's form as typed data. The body comes as one JSON field; issues keep their whole
 * path ("body.2.alt", "event.startsAt") so the editor shows each next to its block or field.
 * The event fields are read when the form says it is an event page (type=EVENT); the save checks
 * that against the stored type.
 */
export function readContentForm(formData: FormData): ContentForm {
  const raw = formFields(formData);
  const contentId = raw.contentId || undefined;
  if (contentId !== undefined && !isUuid(contentId)) return { ok: false, notFound: true };
  const issues: z.core.$ZodIssue[] = [];

  const newContent = contentId ? undefined : newContentSchema.safeParse(raw);
  if (newContent && !newContent.success) issues.push(...newContent.error.issues);

  let body: unknown;
  try {
    body = JSON.parse(raw.body ?? '[]');
  } catch {
    body = null;
  }
  const fields = contentFieldsSchema.safeParse({ ...raw, body, tagIds: formData.getAll('tagIds').filter((v) => typeof v === 'string') });
  if (!fields.success) {
    issues.push(...fields.error.issues.map((issue) => (issue.path[0] === 'body' && issue.code === 'invalid_type' && issue.path.length === 1 ? { ...issue, message: 'adminContent.errors.bodyInvalid' } : issue)));
  }

  let event: EventFields | undefined;
  if (raw.type === 'EVENT') {
    const parsed = eventFieldsSchema.safeParse({
      storeId: raw['event.storeId'],
      startsAt: raw['event.startsAt'],
      endsAt: raw['event.endsAt'],
      capacity: raw['event.capacity'],
      status: raw['event.status'],
      featuredProductIds: formData.getAll('event.featuredProductIds').filter((v) => typeof v === 'string'),
    });
    if (parsed.success) event = parsed.data;
    else issues.push(...parsed.error.issues.map((issue) => ({ ...issue, path: ['event', ...issue.path] })));
  }

  if (issues.length > 0 || !fields.success) return { ok: false, error: new z.ZodError(issues) };
  return { ok: true, contentId, newContent: newContent?.data, fields: fields.data, event };
}
