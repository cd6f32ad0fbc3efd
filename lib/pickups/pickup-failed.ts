import 'server-only';
import { getTranslations } from 'next-intl/server';
import { isAppError } from '@/lib/errors';
import { failedAction, type FormState } from '@/lib/forms/form-state';

/**
 * A refused pickup change as a form message. Rules the pickup functions enforce carry a key in
 * the storePickups namespace (also with INVALID_STATE, which failedAction would only call "out
 * of date"): staff are told exactly why. Everything else goes to failedAction.
 */
export async function pickupFailed(error: unknown): Promise<FormState> {
  if (isAppError(error) && error.message.startsWith('storePickups.')) {
    const t = await getTranslations();
    const key = error.message as Parameters<typeof t>[0];
    if (t.has(key)) return { status: 'error', message: t(key) };
  }
  return failedAction(error);
}
