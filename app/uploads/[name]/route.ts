import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UPLOAD_NAME, UPLOAD_TYPES, type UploadExtension } from '@/lib/media/image-type';
import { uploadDir } from '@/lib/media/upload-dir';

type Context = { params: Promise<{ name: string }> };

/** An uploaded product picture. Names are random and never reused, so browsers may keep them for good. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { name } = await params;
  // Only names the upload made: no paths, no other files of the data folder.
  if (!UPLOAD_NAME.test(name)) return new Response('Not found', { status: 404 });
  let bytes: Buffer;
  try {
    bytes = await readFile(path.join(uploadDir(), name));
  } catch {
    return new Response('Not found', { status: 404 });
  }
  const extension = name.slice(name.lastIndexOf('.') + 1) as UploadExtension;
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': UPLOAD_TYPES[extension],
      'Content-Length': String(bytes.length),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    },
  });
}
