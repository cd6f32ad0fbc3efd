'use server';

import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { getPathname } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { requireOwner } from '@/lib/auth/require';
import { AppError } from '@/lib/errors';
import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';
import { MAX_IMPORT_BYTES } from '@/lib/import/limits';
import { createImportRun } from '@/lib/import/runs/create-import-run';

const schema = z.object({
  kind: z.enum(['PRODUCTS', 'STOCK'], { error: 'adminImport.errors.badRequest' }),
  storeId: z
    .union([z.literal(''), z.uuid()], { error: 'adminImport.errors.storeNotFound' })
    .optional()
    .transform((value) => value || null),
});

/**
 * Uploads a product (Shopify) or stock CSV and runs the dry run; the browser then goes to the
 * run's page with the result. The file's size is checked before it is read.
 */
export async function dryRunImportAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const owner = await requireOwner('/admin/import');
  const parsed = schema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0) return failedAction(new AppError('VALIDATION', 'adminImport.errors.fileMissing', 'file'));
  if (file.size > MAX_IMPORT_BYTES) return failedAction(new AppError('VALIDATION', 'adminImport.errors.fileTooLarge', 'file'));
  let run: { id: string };
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    run = await createImportRun({ kind: parsed.data.kind, fileName: file.name || 'import.csv', bytes, storeId: parsed.data.storeId }, owner);
  } catch (error) {
    return failedAction(error);
  }
  const locale = (await getLocale()) as AppLocale;
  return { status: 'ok', redirectTo: getPathname({ href: `/admin/import/${run.id}`, locale }) };
}
