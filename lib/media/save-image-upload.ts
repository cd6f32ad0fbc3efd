import 'server-only';
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '@/lib/errors';
import { MAX_UPLOAD_BYTES, sniffImageType } from './image-type';
import { uploadDir } from './upload-dir';

/**
 * Keeps an uploaded picture (PNG, JPEG or WebP, at most 5 MB) under DATA_DIR/uploads with a
 * random name, and returns the address the shop shows it at (/uploads/<name>). Refusals:
 * VALIDATION with adminProducts.errors.uploadTooLarge / uploadType / uploadMissing.
 */
export async function saveImageUpload(file: File): Promise<string> {
  if (file.size === 0) throw new AppError('VALIDATION', 'adminProducts.errors.uploadMissing');
  if (file.size > MAX_UPLOAD_BYTES) throw new AppError('VALIDATION', 'adminProducts.errors.uploadTooLarge');
  const bytes = new Uint8Array(await file.arrayBuffer());
  const extension = sniffImageType(bytes);
  if (!extension) throw new AppError('VALIDATION', 'adminProducts.errors.uploadType');
  const name = `${randomUUID()}.${extension}`;
  await mkdir(uploadDir(), { recursive: true });
  await writeFile(path.join(uploadDir(), name), bytes, { flag: 'wx' });
  return `/uploads/${name}`;
}
