'use server';

import { getTranslations } from 'next-intl/server';
import { requireOwner } from '@/lib/auth/require';
import { isAppError } from '@/lib/errors';
import { saveImageUpload } from '@/lib/media/save-image-upload';

export type UploadImageResult = { ok: true; url: string } | { ok: false; message: string };

/**
 * "Upload a picture" in the product and content editors (field: file). Gives back the picture's
 * address for the form.
 */
export async function uploadImageAction(formData: FormData): Promise<UploadImageResult> {
  await requireOwner();
  const file = formData.get('file');
  const t = (await getTranslations()) as unknown as (key: string) => string;
  if (!(file instanceof File)) return { ok: false, message: t('adminProducts.errors.uploadMissing') };
  try {
    return { ok: true, url: await saveImageUpload(file) };
  } catch (error) {
    if (isAppError(error, 'VALIDATION')) return { ok: false, message: t(error.message) };
    throw error;
  }
}
