'use server';

import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { getPathname } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { requireOwner } from '@/lib/auth/require';
import { revalidateCatalog } from '@/lib/catalog/revalidate-catalog';
import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';
import { runImport, type RunImportResult } from '@/lib/import/runs/run-import';

const schema = z.object({
  runId: z.uuid({ error: 'adminImport.errors.badRequest' }),
  validOnly: z
    .string()
    .optional()
    .transform((value) => value === 'on' || value === 'true'),
});

/**
 * Imports a checked file for real (with row errors only when the owner ticked "import the valid
 * rows"). Runs while the page shows its progress; then the shop's cached pages are renewed.
 */
export async function startImportAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const owner = await requireOwner('/admin/import');
  const parsed = schema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  let result: RunImportResult;
  try {
    result = await runImport(parsed.data.runId, { validOnly: parsed.data.validOnly }, owner);
  } catch (error) {
    return failedAction(error);
  }
  // Many products at once (and maybe new categories): renew every cached catalog page.
  if (result.kind === 'PRODUCTS') revalidateCatalog();
  const locale = (await getLocale()) as AppLocale;
  return { status: 'ok', redirectTo: getPathname({ href: `/admin/import/${parsed.data.runId}`, locale }) };
}
