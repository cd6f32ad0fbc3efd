import 'server-only';
import { prisma } from '@/lib/db';
import type { Tx } from '@/lib/inventory/tx';
import { parseShopSettings, SETTING_KEYS, type ShopSettings } from './shop-settings';

/** The shop's settings (shipping rates, reservation time, return window ...), read on the server. */
export async function getShopSettings(db: Pick<Tx, 'setting'> = prisma): Promise<ShopSettings> {
  const rows = await db.setting.findMany({ where: { key: { in: SETTING_KEYS } }, select: { key: true, value: true } });
  return parseShopSettings(rows);
}
