import 'server-only';
import path from 'node:path';

/**
 * Where older installs kept uploaded pictures: DATA_DIR/uploads (.data/uploads by default).
 * Uploads now live in the database; files found here are still served (lib/media/get-upload.ts).
 */
export function uploadDir(): string {
  return path.resolve(process.env.DATA_DIR ?? '.data', 'uploads');
}
