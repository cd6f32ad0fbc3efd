import path from 'node:path';

/** Where the app keeps its local data (embedded database, generated secret, outbox files). */
export function dataDir(...parts: string[]): string {
  return path.resolve(process.env.DATA_DIR ?? '.data', ...parts);
}
