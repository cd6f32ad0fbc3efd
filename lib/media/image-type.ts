// Which picture formats may be uploaded, told by the file's first bytes (never by its name or the
// browser's word). SVG is refused: it can carry scripts.

export const UPLOAD_TYPES = {
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
} as const;

export type UploadExtension = keyof typeof UPLOAD_TYPES;

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** The format of a picture from its first bytes, or null when it is not PNG, JPEG or WebP. */
export function sniffImageType(bytes: Uint8Array): UploadExtension | null {
  const starts = (signature: number[], offset = 0) => signature.every((byte, i) => bytes[offset + i] === byte);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (starts([0xff, 0xd8, 0xff])) return 'jpg';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  return null;
}

/** An uploaded file's name as saved: a random uuid and the extension of its real format. */
export const UPLOAD_NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(png|jpg|webp)$/;
