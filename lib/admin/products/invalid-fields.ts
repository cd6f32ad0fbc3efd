import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import type { FormState } from '@/lib/forms/form-state';

/**
 * Zod issues -> one localized message per field, keyed by the whole path ("variants.1.price"),
 * for forms with repeated rows. Messages are full keys ("adminProducts.errors.skuRequired").
 */
export async function invalidFields(error: z.ZodError): Promise<FormState> {
  const t = (await getTranslations()) as unknown as { has: (key: string) => boolean; (key: string): string };
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.') || 'form';
    fieldErrors[field] ??= t.has(issue.message) ? t(issue.message) : t('forms.invalid');
  }
  return { status: 'error', message: t('forms.invalid'), fieldErrors };
}
