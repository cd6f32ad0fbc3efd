import { z } from 'zod';
import { isBusinessId } from './business-id';

// The shop-wide settings the app reads (table `settings`, one JSON value per key). A missing or
// malformed value falls back to its default, so a typo in the back office never breaks checkout.

const cents = z.number().int().min(0).max(10_000_000);

const schemas = {
  'shop.name': z.string().trim().min(1).max(100),
  /** The Finnish business ID (Y-tunnus) printed on receipts, e.g. 1234567-1; empty: none. */
  'shop.businessId': z
    .string()
    .trim()
    .refine((value) => value === '' || isBusinessId(value))
    .transform((value) => value || null),
  'shop.contact': z.object({ email: z.string().trim().max(254).nullish(), phone: z.string().trim().max(40).nullish() }),
  /** Flat shipping prices (VAT included); goods worth freeOverCents or more ship free (null: never). */
  'shipping.rates': z.object({ deliveryCents: cents, parcelLockerCents: cents, freeOverCents: cents.nullable() }),
  /** How long an order waiting for card payment holds its stock. */
  'checkout.reservationMinutes': z.number().int().min(1).max(24 * 60),
  'returns.windowDays': z.number().int().min(0).max(365),
} as const;

export type SettingKey = keyof typeof schemas;
export const SETTING_KEYS = Object.keys(schemas) as SettingKey[];

export type ShopSettings = {
  shopName: string;
  businessId: string | null;
  contact: { email: string | null; phone: string | null };
  shipping: { deliveryCents: number; parcelLockerCents: number; freeOverCents: number | null };
  reservationMinutes: number;
  returnWindowDays: number;
};

export const DEFAULT_SHOP_SETTINGS: ShopSettings = {
  shopName: 'Pihlajan Puoti',
  businessId: null,
  contact: { email: null, phone: null },
  shipping: { deliveryCents: 690, parcelLockerCents: 490, freeOverCents: 6000 },
  reservationMinutes: 15,
  returnWindowDays: 30,
};

/** Settings rows -> ShopSettings, each value validated, defaults for the missing or invalid. */
export function parseShopSettings(rows: readonly { key: string; value: unknown }[]): ShopSettings {
  const values = new Map(rows.map((row) => [row.key, row.value]));
  function read<K extends SettingKey>(key: K): z.infer<(typeof schemas)[K]> | undefined {
    if (!values.has(key)) return undefined;
    const parsed = schemas[key].safeParse(values.get(key));
    if (!parsed.success) console.warn(`Setting ${key} is not valid; using its default.`);
    return parsed.success ? (parsed.data as z.infer<(typeof schemas)[K]>) : undefined;
  }
  const contact = read('shop.contact');
  return {
    shopName: read('shop.name') ?? DEFAULT_SHOP_SETTINGS.shopName,
    businessId: read('shop.businessId') ?? DEFAULT_SHOP_SETTINGS.businessId,
    contact: contact ? { email: contact.email ?? null, phone: contact.phone ?? null } : DEFAULT_SHOP_SETTINGS.contact,
    shipping: read('shipping.rates') ?? DEFAULT_SHOP_SETTINGS.shipping,
    reservationMinutes: read('checkout.reservationMinutes') ?? DEFAULT_SHOP_SETTINGS.reservationMinutes,
    returnWindowDays: read('returns.windowDays') ?? DEFAULT_SHOP_SETTINGS.returnWindowDays,
  };
}
