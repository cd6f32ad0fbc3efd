'use server';

import { invalidFields } from '@/lib/admin/products/invalid-fields';
import { requireOwner } from '@/lib/auth/require';
import { backToEditor, contentIdField } from '@/lib/content/content-action-target';
import { scheduleSchema } from '@/lib/content/content-schemas';
import { revalidateContent } from '@/lib/content/revalidate-content';
import { scheduleContent } from '@/lib/content/schedule-content';
import { AppError } from '@/lib/errors';
import { failedAction, type FormState } from '@/lib/forms/form-state';

/** Schedule: the content goes public at the given Helsinki time (which must be in the future). */
export async function scheduleContentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireOwner();
  const contentId = contentIdField(formData);
  if (!contentId) return failedAction(new AppError('NOT_FOUND'));
  const parsed = scheduleSchema.safeParse({ scheduledAt: formData.get('scheduledAt') ?? undefined });
  if (!parsed.success) return invalidFields(parsed.error);
  try {
    await scheduleContent(contentId, parsed.data.scheduledAt, user.id);
  } catch (error) {
    return failedAction(error);
  }
  revalidateContent();
  return backToEditor(contentId, 'scheduled');
}
