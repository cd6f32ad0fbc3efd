import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { prisma } from '@/lib/db';
import { UPLOAD_NAME, UPLOAD_TYPES, type UploadExtension } from './image-type';
import { uploadDir } from './upload-dir';

export type StoredUpload = { contentType: string; bytes: Uint8Array<ArrayBuffer> };

/**
 * An uploaded picture by its name, or null. Pictures live in the database (every instance sees
 * them). Older installs kept them under DATA_DIR/uploads: such a file is still served from there,
 * and copied into the database the first time, so that from then on every instance serves it.
 */
export async function getUpload(name: string): Promise<StoredUpload | null> {
  // Only names the upload made: no paths, no other files of the data folder.
  if (!UPLOAD_NAME.test(name)) return null;
  const stored = await prisma.upload.findUnique({ where: { name }, select: { contentType: true, bytes: true } });
  if (stored) return stored;

  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(await readFile(path.join(uploadDir(), name)));
  } catch {
    return null;
  }
  const contentType = UPLOAD_TYPES[name.slice(name.lastIndexOf('.') + 1) as UploadExtension];
  // Another instance may copy the same file at the same moment: the first copy wins.
  await prisma.upload.createMany({ data: [{ name, contentType, bytes }], skipDuplicates: true });
  return { contentType, bytes };
}
