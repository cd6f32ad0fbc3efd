'use server';

import { requireOwner } from '@/lib/auth/require';
import { backToEditor, contentIdField } from '@/lib/content/content-action-target';
import { publishContent } from '@/lib/content/publish-content';
import { revalidateContent } from '@/lib/content/revalidate-content';
import { AppError } from '@/lib/errors';
import { failedAction, type FormState } from '@/lib/forms/form-state';

/** Publish now: the content goes public at once. */
export async function publishContentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireOwner();
  const contentId = contentIdField(formData);
  if (!contentId) return failedAction(new AppError('NOT_FOUND'));
  try {
    await publishContent(contentId, user.id);
  } catch (error) {
    return failedAction(error);
  }
  revalidateContent();
  return backToEditor(contentId, 'published');
}
