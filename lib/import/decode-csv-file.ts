import { AppError } from '@/lib/errors';
import { MAX_IMPORT_BYTES } from './limits';

export type DecodedFile = { text: string; encoding: 'utf-8' | 'windows-1252' };

/**
 * The text of an uploaded CSV. UTF-8 (with or without a byte order mark) is read as is. A file
 * that is not valid UTF-8 is almost always an Excel "CSV (Windows)" export, whose Finnish letters
 * (ä, ö, å) are single Windows-1252 bytes: it is read as Windows-1252 and the encoding is
 * reported, so the owner is told and can check the letters in the dry run.
 * Refuses files over 10 MB before reading them.
 */
export function decodeCsvFile(bytes: Uint8Array): DecodedFile {
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new AppError('VALIDATION', 'adminImport.errors.fileTooLarge');
  if (bytes.byteLength === 0) throw new AppError('VALIDATION', 'adminImport.errors.fileEmpty');
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
