import 'server-only';
import { randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { MAX_UPLOAD_BYTES, UPLOAD_TYPES, sniffImageType } from './image-type';

/**
 * Keeps an uploaded picture (PNG, JPEG or WebP, at most 5 MB) in the database under a random
 * name, so that every app instance serves it, and returns the address the shop shows it at
 * (/uploads/<name>). Refusals: VALIDATION with adminProducts.errors.uploadTooLarge / uploadType /
 * uploadMissing.
 */
export async function saveImageUpload(file: File): Promise<string> {
  if (file.size === 0) throw new AppError('VALIDATION', 'adminProducts.errors.uploadMissing');
  if (file.size > MAX_UPLOAD_BYTES) throw new AppError('VALIDATION', 'adminProducts.errors.uploadTooLarge');
  const bytes = new Uint8Array(await file.arrayBuffer());
  const extension = sniffImageType(bytes);
  if (!extension) throw new AppError('VALIDATION', 'adminProducts.errors.uploadType');
  const name = `${randomUUID()}.${extension}`;
  await prisma.upload.create({ data: { name, contentType: UPLOAD_TYPES[extension], bytes } });
  return `/uploads/${name}`;
}
