'use server';

import { requireOwner } from '@/lib/auth/require';
import { backToEditor, contentIdField } from '@/lib/content/content-action-target';
import { createTranslation } from '@/lib/content/create-translation';
import { revalidateContent } from '@/lib/content/revalidate-content';
import { AppError } from '@/lib/errors';
import { failedAction, type FormState } from '@/lib/forms/form-state';

/** "Create the English (Finnish) version": a linked draft to translate; its editor opens. */
export async function createContentTranslationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireOwner();
  const contentId = contentIdField(formData);
  if (!contentId) return failedAction(new AppError('NOT_FOUND'));
  let translation;
  try {
    translation = await createTranslation(contentId, user.id);
  } catch (error) {
    return failedAction(error);
  }
  revalidateContent();
  return backToEditor(translation.id, translation.created ? 'translationCreated' : 'translationExists');
}
