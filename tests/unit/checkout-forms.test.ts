import { describe, expect, it } from 'vitest';
import { checkoutChoices, checkoutSchema } from '@/lib/checkout/checkout-schema';
import { formatClock, groupOpeningHours } from '@/lib/orders/opening-hours';
import { orderLookupSchema } from '@/lib/orders/order-lookup-schema';
import { DEFAULT_SHOP_SETTINGS, parseShopSettings } from '@/lib/settings/shop-settings';

const STORE_ID = '0b6f1e4e-3c1a-4b8a-9d7e-1f2a3b4c5d6e';
const CONTACT = { email: ' Aino@Example.COM ', name: 'Aino Asiakas', payment: 'PAY_AT_PICKUP', terms: 'on' };

function errors(input: Record<string, string>) {
  const parsed = checkoutSchema.safeParse(input);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
}

describe('the checkout form', () => {
  it('keeps only what the form has: a price or total sent along is dropped', () => {
    const parsed = checkoutSchema.parse({ ...CONTACT, fulfilment: 'PICKUP', pickupStoreId: STORE_ID, priceCents: '1', totalCents: '1', phone: '' });
    expect(parsed).not.toHaveProperty('priceCents');
    expect(parsed).not.toHaveProperty('totalCents');
    expect(checkoutChoices(parsed)).toEqual({
      contact: { email: 'aino@example.com', name: 'Aino Asiakas', phone: null },
      fulfilment: { type: 'PICKUP', storeId: STORE_ID },
      payment: 'PAY_AT_PICKUP',
    });
  });

  it('names each missing or bad field with a message key', () => {
    expect(errors({ fulfilment: 'DELIVERY', email: 'not-an-address', name: '', payment: 'CASH', phone: 'abc', postalCode: '401' })).toEqual({
      email: 'emailInvalid',
      name: 'nameRequired',
      phone: 'phoneInvalid',
      payment: 'paymentInvalid',
      terms: 'termsRequired',
      street: 'streetRequired',
      postalCode: 'postalCodeInvalid',
      city: 'cityRequired',
    });
    expect(errors({ ...CONTACT, fulfilment: 'PARCEL_LOCKER', lockerName: '  ' })).toEqual({ lockerName: 'lockerRequired' });
    expect(errors({ ...CONTACT, fulfilment: 'PICKUP', pickupStoreId: 'jyvaskyla' })).toEqual({ pickupStoreId: 'pickupStoreInvalid' });
    expect(errors({ ...CONTACT, fulfilment: 'DRONE' })).toEqual({ fulfilment: 'fulfilmentInvalid' });
  });
});

describe('the order lookup form', () => {
  it('wants an e-mail address and an order number in digits', () => {
    expect(orderLookupSchema.parse({ email: 'A@b.fi', number: ' 10001 ' })).toEqual({ email: 'a@b.fi', number: 10001 });
    for (const number of ['', 'abc', '10001.5', '-1', '1e5', '1234567890']) {
      expect(orderLookupSchema.safeParse({ email: 'a@b.fi', number }).success).toBe(false);
    }
  });
});

describe('shop settings', () => {
  it('reads valid values and falls back to defaults for missing or invalid ones', () => {
    const settings = parseShopSettings([
      { key: 'shipping.rates', value: { deliveryCents: 790, parcelLockerCents: 390, freeOverCents: null } },
      { key: 'checkout.reservationMinutes', value: -5 },
      { key: 'returns.windowDays', value: '30' },
    ]);
    expect(settings.shipping).toEqual({ deliveryCents: 790, parcelLockerCents: 390, freeOverCents: null });
    expect(settings.reservationMinutes).toBe(15);
    expect(settings.returnWindowDays).toBe(DEFAULT_SHOP_SETTINGS.returnWindowDays);
    expect(parseShopSettings([])).toEqual(DEFAULT_SHOP_SETTINGS);
    expect(parseShopSettings([{ key: 'shipping.rates', value: { deliveryCents: 6.9, parcelLockerCents: 490, freeOverCents: 6000 } }]).shipping).toEqual(
      DEFAULT_SHOP_SETTINGS.shipping,
    );
  });
});

describe('opening hours as people read them', () => {
  it('groups consecutive days with the same hours', () => {
    const week = [
      ...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensAt: 600, closesAt: 1140 })),
      { weekday: 6, opensAt: 600, closesAt: 1020 },
      { weekday: 7, opensAt: 720, closesAt: 960 },
    ];
    expect(groupOpeningHours(week)).toEqual([
      { fromWeekday: 1, toWeekday: 5, opensAt: 600, closesAt: 1140 },
      { fromWeekday: 6, toWeekday: 6, opensAt: 600, closesAt: 1020 },
      { fromWeekday: 7, toWeekday: 7, opensAt: 720, closesAt: 960 },
    ]);
    expect(groupOpeningHours([{ weekday: 1, opensAt: 600, closesAt: 900 }, { weekday: 3, opensAt: 600, closesAt: 900 }])).toHaveLength(2);
    expect([formatClock(570, 'fi'), formatClock(570, 'en')]).toEqual(['09.30', '09:30']);
  });
});
