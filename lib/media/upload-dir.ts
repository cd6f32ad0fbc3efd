import 'server-only';
import path from 'node:path';

/** Where uploaded pictures are kept: DATA_DIR/uploads (.data/uploads by default). */
export function uploadDir(): string {
  return path.resolve(process.env.DATA_DIR ?? '.data', 'uploads');
}
