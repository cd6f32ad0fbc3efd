// Shop-wide settings (table `settings`, one JSON value per key). The app reads these keys.
import type { SeedDb } from './types';

export const DEMO_SETTINGS = {
  'shop.name': 'Pihlajan Puoti',
  'shop.businessId': '1234567-1',
  'shop.contact': { email: 'asiakaspalvelu@pihlajanpuoti.example', phone: '+358 14 555 0100' },
  /** Shipping prices in cents (VAT included); free shipping from freeOverCents of goods. */
  'shipping.rates': { deliveryCents: 690, parcelLockerCents: 490, freeOverCents: 6000 },
  'checkout.reservationMinutes': 15,
  'returns.windowDays': 30,
};

export async function seedSettings(db: SeedDb): Promise<void> {
  await db.setting.createMany({
    data: Object.entries(DEMO_SETTINGS).map(([key, value]) => ({ key, value })),
  });
}
