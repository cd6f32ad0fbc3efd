import 'server-only';
import type { Tx } from '@/lib/inventory/tx';
import { pickFreeCodes } from './in-store-code';

/**
 * `count` fresh in-store EAN-13s that no variant has. Serials come from the sequence
 * in_store_code_seq, which hands each out once even to transactions running side by side (and
 * is not rolled back: a failed save leaves a gap, which is harmless).
 */
export async function allocateInStoreCodes(tx: Tx, count: number): Promise<string[]> {
  if (count <= 0) return [];
  return pickFreeCodes(count, {
    draw: async (n) => {
      const rows = await tx.$queryRaw<{ serial: bigint }[]>`SELECT nextval('in_store_code_seq') AS serial FROM generate_series(1, ${n}::int)`;
      return rows.map((row) => Number(row.serial));
    },
    taken: async (codes) => {
      const rows = await tx.productVariant.findMany({ where: { ean: { in: codes } }, select: { ean: true } });
      return new Set(rows.map((row) => row.ean!));
    },
  });
}
