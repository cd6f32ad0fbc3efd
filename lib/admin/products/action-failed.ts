import 'server-only';
import { getTranslations } from 'next-intl/server';
import { isAppError } from '@/lib/errors';
import { failedAction, type FormState } from '@/lib/forms/form-state';

/**
 * A refused product or stock change as a form message. Rules of this part carry a key in the
 * adminProducts namespace, also with INVALID_STATE (which failedAction would only call "out of
 * date"), so the owner is told exactly why. Everything else goes to failedAction.
 */
export async function actionFailed(error: unknown): Promise<FormState> {
  if (isAppError(error) && error.code !== 'VALIDATION' && error.message.startsWith('adminProducts.')) {
    const t = (await getTranslations()) as unknown as { has: (key: string) => boolean; (key: string): string };
    if (t.has(error.message)) return { status: 'error', message: t(error.message) };
  }
  return failedAction(error);
}
