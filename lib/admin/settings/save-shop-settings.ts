import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import type { SessionUser } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { getShopSettings } from '@/lib/settings/get-shop-settings';
import { parseShopSettings, type SettingKey, type ShopSettings } from '@/lib/settings/shop-settings';

/** ShopSettings -> the stored value of each key (the shapes lib/settings/shop-settings.ts reads). */
function storedValues(settings: ShopSettings): Record<SettingKey, Prisma.InputJsonValue> {
  return {
    'shop.name': settings.shopName,
    'shop.businessId': settings.businessId ?? '',
    'shop.contact': { email: settings.contact.email, phone: settings.contact.phone },
    'shipping.rates': { ...settings.shipping },
    'checkout.reservationMinutes': settings.reservationMinutes,
    'returns.windowDays': settings.returnWindowDays,
  };
}

/**
 * Saves the shop's settings: each key whose value changed is written and audited as
 * 'setting.changed' with its value before and after, in one transaction. Checkout, returns and
 * e-mails read the settings at request time, so the change applies at once.
 */
export async function saveShopSettings(settings: ShopSettings, actor: SessionUser): Promise<{ changed: SettingKey[] }> {
  // What is stored must read back as what was saved (the same zod rules).
  const next = storedValues(settings);
  const check = parseShopSettings(Object.entries(next).map(([key, value]) => ({ key, value })));
  if (JSON.stringify(check) !== JSON.stringify(settings)) throw new Error('Settings do not satisfy lib/settings/shop-settings.ts');

  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('settings'))`;
    const before = storedValues(await getShopSettings(tx));
    const changed = (Object.keys(next) as SettingKey[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(next[key]));
    for (const key of changed) {
      await tx.setting.upsert({ where: { key }, create: { key, value: next[key] }, update: { value: next[key] } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'setting.changed',
        entityType: 'setting',
        entityId: key,
        data: { before: before[key], after: next[key] },
      });
    }
    return { changed };
  });
}
