'use server';

import { getLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import { invalidFields } from '@/lib/admin/products/invalid-fields';
import { requireOwner } from '@/lib/auth/require';
import { readContentForm } from '@/lib/content/read-content-form';
import { revalidateContent } from '@/lib/content/revalidate-content';
import { saveContent } from '@/lib/content/save-content';
import { AppError } from '@/lib/errors';
import { failedAction, type FormState } from '@/lib/forms/form-state';
import { sendOutboxSoon } from '@/lib/jobs/send-outbox-soon';

/**
 * The content editor's "Save draft" (also saves published content in place): creates a story,
 * guide or event page (no contentId) or updates one. Nothing is saved when anything is invalid.
 */
export async function saveContentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireOwner();
  const form = readContentForm(formData);
  if (!form.ok) return 'notFound' in form ? failedAction(new AppError('NOT_FOUND')) : invalidFields(form.error);
  let saved;
  try {
    saved = await saveContent(
      {
        contentId: form.contentId,
        type: form.newContent?.type ?? 'STORY',
        locale: form.newContent?.locale ?? 'fi',
        fields: form.fields,
        event: form.event,
      },
      user.id,
    );
  } catch (error) {
    return failedAction(error);
  }
  revalidateContent();
  if (saved.emailIds.length > 0) await sendOutboxSoon(saved.emailIds);
  const locale = await getLocale();
  return {
    status: 'ok',
    redirectTo: getPathname({ href: { pathname: `/admin/content/${saved.id}`, query: { done: saved.created ? 'created' : 'saved' } }, locale }),
  };
}
