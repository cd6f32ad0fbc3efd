import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { isAppError } from '@/lib/errors';

// What a server action gives back to its form (used with useActionState).
export type FormState = {
  status: 'idle' | 'ok' | 'error';
  message?: string;
  fieldErrors?: Record<string, string>;
  /**
   * Where the browser goes next (useServerForm navigates there). Used instead of redirect() in
   * an action that is followed by another page: a redirect would render that page inside the
   * action's response, making the action itself slow.
   */
  redirectTo?: string;
};

export const initialFormState: FormState = { status: 'idle' };

/** Zod issues -> one localized message per field (schemas use message keys as their errors). */
export async function invalidInput(error: z.ZodError): Promise<FormState> {
  const t = await getTranslations('forms');
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    fieldErrors[field] ??= await translateKey(t, issue.message);
  }
  return { status: 'error', message: t('invalid'), fieldErrors };
}

/** An AppError -> a localized form message (on its field when it has one); anything else is rethrown. */
export async function failedAction(error: unknown): Promise<FormState> {
  if (!isAppError(error)) throw error;
  const t = await getTranslations('forms');
  const message =
    error.code === 'VALIDATION' && error.message !== 'VALIDATION'
      ? await translateKey(t, error.message)
      : t(`codes.${error.code}`);
  return {
    status: 'error',
    message: error.field ? t('invalid') : message,
    fieldErrors: error.field ? { [error.field]: message } : undefined,
  };
}

type FormsTranslator = Awaited<ReturnType<typeof getTranslations<'forms'>>>;

// A message key is either a key under forms.fieldErrors ('emailInvalid') or, for messages that
// belong to one part of the app, a full path into another namespace ('storePickups.errors.x').
async function translateKey(t: FormsTranslator, key: string): Promise<string> {
  if (key.includes('.')) {
    const all = (await getTranslations()) as unknown as { has: (key: string) => boolean; (key: string): string };
    return all.has(key) ? all(key) : t('invalid');
  }
  const path = `fieldErrors.${key}` as Parameters<FormsTranslator>[0];
  return t.has(path) ? t(path) : t('invalid');
}

/** A FormData's string fields as a plain object, for zod. Files and repeated keys are left out. */
export function formFields(formData: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  // Called with something else than its form (a request no page of the shop sends): no fields,
  // which the action's schema refuses as it refuses an empty form, instead of a TypeError and a 500.
  if (!(formData instanceof FormData)) return fields;
  for (const [key, value] of formData) {
    if (typeof value === 'string' && !(key in fields)) fields[key] = value;
  }
  return fields;
}
