import 'server-only';
import { getLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import type { FormState } from '@/lib/forms/form-state';
import { isUuid } from '@/lib/validation/uuid';

/** The contentId field of a workflow form, or null when it cannot name any content. */
export function contentIdField(formData: FormData): string | null {
  const id = formData.get('contentId');
  return isUuid(id) ? id : null;
}

/** After a workflow step, the editor opens afresh and says what happened (?done=published). */
export async function backToEditor(contentId: string, done: string): Promise<FormState> {
  const locale = await getLocale();
  return { status: 'ok', redirectTo: getPathname({ href: { pathname: `/admin/content/${contentId}`, query: { done } }, locale }) };
}
