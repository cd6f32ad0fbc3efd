'use server';

import { getTranslations } from 'next-intl/server';
import { requireOwner } from '@/lib/auth/require';
import { isAppError } from '@/lib/errors';
import { saveImageUpload } from '@/lib/media/save-image-upload';

export type UploadContentImageResult = { ok: true; url: string } | { ok: false; message: string };

/** The content editor's "Upload a picture" (field: file): the picture's new address for the form. */
export async function uploadContentImageAction(formData: FormData): Promise<UploadContentImageResult> {
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
