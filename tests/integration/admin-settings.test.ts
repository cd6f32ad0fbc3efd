// The settings page: shop name and contact, shipping prices, stock holds and the return window,
// saved through the server action and read back as checkout reads them; audited with before and
// after; and who may do it. Stand-ins for the signed-in user, locale, navigation and cache.
import '../support/test-database';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveSettingsAction } from '@/lib/actions/admin-settings-save';
import { getSettingsStatus } from '@/lib/admin/settings/get-settings-status';
import { prisma } from '@/lib/db';
import type { FormState } from '@/lib/forms/form-state';
import { getShopSettings } from '@/lib/settings/get-shop-settings';
import { createUser } from '../support/factories/users';
import { outcome, request, resetRequest } from '../support/request-stand-ins';

vi.mock('@/lib/auth/session', () => import('../support/request-stand-ins').then((m) => m.sessionStandIn));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlServerStandIn()));
vi.mock('@/i18n/navigation', () => import('../support/request-stand-ins').then((m) => m.i18nNavigationWithQueryStandIn));
vi.mock('next/navigation', () => import('../support/request-stand-ins').then((m) => m.nextNavigationStandIn));
vi.mock('next/cache', () => import('../support/request-stand-ins').then((m) => m.cacheStandIn));
vi.mock('@/lib/catalog/revalidate-catalog', () => ({ revalidateProducts: async () => {}, revalidateCatalog: () => {} }));

const idle: FormState = { status: 'idle' };

function form(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  }
  return data;
}

let owner: { id: string };
let staff: { id: string };
let customer: { id: string };

beforeAll(async () => {
  owner = await createUser({ role: 'OWNER' });
  staff = await createUser({ role: 'STAFF' });
  customer = await createUser();
});

beforeEach(async () => {
  resetRequest();
  await prisma.setting.deleteMany();
  await prisma.auditLog.deleteMany({ where: { entityType: 'setting' } });
});

const valid = {
  shopName: 'Pihlajan Puoti Oy',
  businessId: '0737546-2',
  contactEmail: 'asiakaspalvelu@pihlajanpuoti.example',
  contactPhone: '014 123 4567',
  deliveryPrice: '7,90',
  parcelLockerPrice: '4.5',
  freeOver: '79',
  reservationMinutes: '20',
  returnWindowDays: '14',
};

describe('saveSettingsAction', () => {
  it('saves every setting, and checkout reads them back at once', async () => {
    request.userId = owner.id;

    const result = await saveSettingsAction(idle, form(valid));

    expect(result).toEqual({ status: 'ok', message: 'Asetukset on tallennettu ja ovat voimassa heti.' });
    expect(await getShopSettings()).toEqual({
      shopName: 'Pihlajan Puoti Oy',
      businessId: '0737546-2',
      contact: { email: 'asiakaspalvelu@pihlajanpuoti.example', phone: '014 123 4567' },
      shipping: { deliveryCents: 790, parcelLockerCents: 450, freeOverCents: 7900 },
      reservationMinutes: 20,
      returnWindowDays: 14,
    });
  });

  it('an empty free-shipping threshold means never free, and empty contact details are cleared', async () => {
    request.userId = owner.id;
    await saveSettingsAction(idle, form(valid));

    await saveSettingsAction(idle, form({ ...valid, freeOver: '', contactEmail: '', contactPhone: ' ', businessId: '' }));

    const settings = await getShopSettings();
    expect(settings.businessId).toBeNull();
    expect(settings.shipping.freeOverCents).toBeNull();
    expect(settings.contact).toEqual({ email: null, phone: null });
  });

  it('audits each changed setting with its value before and after, and only the changed ones', async () => {
    request.userId = owner.id;
    await saveSettingsAction(idle, form(valid));
    await prisma.auditLog.deleteMany({ where: { entityType: 'setting' } });

    const result = await saveSettingsAction(idle, form({ ...valid, deliveryPrice: '8,90', returnWindowDays: '30' }));
    const unchanged = await saveSettingsAction(idle, form({ ...valid, deliveryPrice: '8,90', returnWindowDays: '30' }));

    expect(result).toMatchObject({ status: 'ok' });
    expect(unchanged).toEqual({ status: 'ok', message: 'Mikään ei muuttunut: asetukset ovat jo nämä.' });
    const audits = await prisma.auditLog.findMany({ where: { entityType: 'setting' }, orderBy: { entityId: 'asc' } });
    expect(audits.map(({ action, actorId, entityId, data }) => ({ action, actorId, entityId, data }))).toEqual([
      { action: 'setting.changed', actorId: owner.id, entityId: 'returns.windowDays', data: { before: 14, after: 30 } },
      {
        action: 'setting.changed',
        actorId: owner.id,
        entityId: 'shipping.rates',
        data: { before: { deliveryCents: 790, parcelLockerCents: 450, freeOverCents: 7900 }, after: { deliveryCents: 890, parcelLockerCents: 450, freeOverCents: 7900 } },
      },
    ]);
  });

  it('answers each mistake on its own field and changes nothing', async () => {
    request.userId = owner.id;
    await saveSettingsAction(idle, form(valid));
    const before = await getShopSettings();

    const result = await saveSettingsAction(
      idle,
      form({ ...valid, shopName: ' ', businessId: '0737546-3', contactEmail: 'ei-osoite', deliveryPrice: '-1', parcelLockerPrice: '', freeOver: '12,345', reservationMinutes: '0', returnWindowDays: '400' }),
    );

    expect(result).toMatchObject({
      status: 'error',
      fieldErrors: {
        shopName: 'Anna kaupan nimi.',
        businessId: 'Tarkista Y-tunnus (esimerkiksi 1234567-1): tarkistusnumero ei täsmää.',
        contactEmail: 'Sähköpostiosoite ei ole kelvollinen.',
        deliveryPrice: 'Anna hinta euroina, esimerkiksi 6,90 (0–100 000 €).',
        parcelLockerPrice: 'Anna hinta euroina, esimerkiksi 6,90.',
        freeOver: 'Anna hinta euroina, esimerkiksi 6,90 (0–100 000 €).',
        reservationMinutes: 'Anna varausaika minuutteina, 1–1440.',
        returnWindowDays: 'Anna palautusaika päivinä, 0–365.',
      },
    });
    expect(await getShopSettings()).toEqual(before);
  });

  it('refuses signed-out callers, customers and staff; the settings stay as they were', async () => {
    const before = await getShopSettings();
    const data = form({ ...valid, deliveryPrice: '0' });

    expect(await outcome(() => saveSettingsAction(idle, data))).toMatch(/^redirect \/signin/);
    request.userId = customer.id;
    expect(await outcome(() => saveSettingsAction(idle, data))).toBe('forbidden');
    request.userId = staff.id;
    expect(await outcome(() => saveSettingsAction(idle, data))).toBe('forbidden');

    expect(await getShopSettings()).toEqual(before);
    expect(await prisma.setting.count()).toBe(0);
    expect(await prisma.auditLog.count({ where: { entityType: 'setting' } })).toBe(0);
  });
});

describe('getSettingsStatus', () => {
  it("tells when Stripe's webhook was last heard from and how many e-mails failed", async () => {
    expect((await getSettingsStatus()).lastStripeWebhook).toBeNull();
    await prisma.processedWebhookEvent.createMany({
      data: [
        { provider: 'stripe', eventId: 'evt_old', type: 'checkout.session.completed', processedAt: new Date('2026-11-01T10:00:00Z') },
        { provider: 'stripe', eventId: 'evt_new', type: 'charge.refunded', processedAt: new Date('2026-11-20T12:00:00Z') },
        { provider: 'other', eventId: 'evt_x', type: 'x', processedAt: new Date('2026-11-22T12:00:00Z') },
      ],
    });
    await prisma.outboxMessage.create({ data: { kind: 'test', toEmail: 'a@example.com', subject: 's', text: 't', status: 'FAILED' } });

    const status = await getSettingsStatus();

    expect(status.lastStripeWebhook).toEqual({ processedAt: new Date('2026-11-20T12:00:00Z'), type: 'charge.refunded' });
    expect(status.failedEmails).toBe(1);
  });
});
