import { z } from 'zod';
import { parseAmountToCents } from '@/lib/money';
import { isBusinessId } from '@/lib/settings/business-id';
import type { ShopSettings } from '@/lib/settings/shop-settings';

// The settings page's fields (euros as typed, "6,90") -> ShopSettings. Messages are full keys
// into adminSettings. The limits are those of lib/settings/shop-settings.ts.

const E = (key: string) => `adminSettings.errors.${key}`;
const MAX_CENTS = 10_000_000;

/** Euros -> cents; `optional`: empty is null ("never"). */
function euros(optional: boolean) {
  return z
    .string()
    .trim()
    .optional()
    .transform((value, ctx): number | null => {
      if (!value) {
        if (!optional) ctx.addIssue({ code: 'custom', message: E('priceRequired') });
        return null;
      }
      const cents = parseAmountToCents(value);
      if (cents === null || cents < 0 || cents > MAX_CENTS) {
        ctx.addIssue({ code: 'custom', message: E('priceInvalid') });
        return null;
      }
      return cents;
    });
}

const whole = (min: number, max: number, key: string) =>
  z
    .string({ error: E(key) })
    .trim()
    .regex(/^\d+$/, E(key))
    .transform(Number)
    .pipe(z.number().int().min(min, E(key)).max(max, E(key)));

const optionalText = (max: number, key: string) =>
  z
    .string()
    .trim()
    .max(max, E(key))
    .optional()
    .transform((value) => value || null);

export const settingsFormSchema = z
  .object({
    shopName: z.string({ error: E('shopNameRequired') }).trim().min(1, E('shopNameRequired')).max(100, E('shopNameTooLong')),
    businessId: optionalText(9, 'businessIdInvalid').refine((value) => value === null || isBusinessId(value), E('businessIdInvalid')),
    contactEmail: optionalText(254, 'emailInvalid').refine((value) => value === null || z.email().safeParse(value).success, E('emailInvalid')),
    contactPhone: optionalText(40, 'phoneInvalid').refine((value) => value === null || /^\+?[0-9][0-9 ()-]{4,30}$/.test(value), E('phoneInvalid')),
    deliveryPrice: euros(false),
    parcelLockerPrice: euros(false),
    freeOver: euros(true),
    reservationMinutes: whole(1, 24 * 60, 'reservationInvalid'),
    returnWindowDays: whole(0, 365, 'returnWindowInvalid'),
  })
  .transform(
    (form): ShopSettings => ({
      shopName: form.shopName,
      businessId: form.businessId,
      contact: { email: form.contactEmail, phone: form.contactPhone },
      shipping: { deliveryCents: form.deliveryPrice ?? 0, parcelLockerCents: form.parcelLockerPrice ?? 0, freeOverCents: form.freeOver },
      reservationMinutes: form.reservationMinutes,
      returnWindowDays: form.returnWindowDays,
    }),
  );
