import { createHash } from 'node:crypto';

/**
 * The id of a demo row, derived from what it is (e.g. newId('product', slug)): every demo
 * database gets the same ids, so a build prerendered from one demo database (npm start, the
 * browser tests, the benchmarks) shows valid ids on another. Ids are made here rather than by
 * PostgreSQL so that related rows can be inserted in bulk with createMany.
 */
export function newId(...key: string[]): string {
  const hex = createHash('sha256').update(`digijalka-demo:${key.join(':')}`).digest('hex');
  // Formatted as a version 4, variant 1 UUID.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
