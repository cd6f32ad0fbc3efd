'use server';

import { requireOwner } from '@/lib/auth/require';
import { backToEditor, contentIdField } from '@/lib/content/content-action-target';
import { unpublishContent } from '@/lib/content/unpublish-content';
import { revalidateContent } from '@/lib/content/revalidate-content';
import { AppError } from '@/lib/errors';
import { failedAction, type FormState } from '@/lib/forms/form-state';

/** Unpublish: back to a draft, no longer public. */
export async function unpublishContentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireOwner();
  const contentId = contentIdField(formData);
  if (!contentId) return failedAction(new AppError('NOT_FOUND'));
  try {
    await unpublishContent(contentId, user.id);
  } catch (error) {
    return failedAction(error);
  }
  revalidateContent();
  return backToEditor(contentId, 'unpublished');
}
