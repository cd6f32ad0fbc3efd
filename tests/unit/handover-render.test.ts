// The hand-over screen as the counter's browser first gets it: what there is to tap, and what is said.
import { createElement, type ComponentType, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it, vi } from 'vitest';
import { loadMessages } from '@/i18n/messages';
import { HandoverForm } from '@/components/store/handover/handover-form';
import { HandoverSearch } from '@/components/store/handover/handover-search';
import { HandoverState } from '@/components/store/handover/handover-state';
import type { HandoverPickup } from '@/lib/pickups/find-handover-pickup';

vi.mock('@/i18n/navigation', () => ({ useRouter: () => ({ push: () => {}, replace: () => {} }) }));
vi.mock('@/lib/actions/handover-pickup', () => ({ handOverPickupAction: async () => ({ status: 'idle' }) }));

const Provider = NextIntlClientProvider as unknown as ComponentType<{ locale: string; messages: unknown; timeZone: string; children?: ReactNode }>;

async function render(element: ReturnType<typeof createElement>) {
  const messages = await loadMessages('fi');
  return renderToStaticMarkup(createElement(Provider, { locale: 'fi', messages, timeZone: 'Europe/Helsinki' }, element)).replace(/[\u00a0\u202f]/g, ' ');
}

const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern, 'g'))?.length ?? 0;

const PICKUP: HandoverPickup = {
  pickupId: 'p',
  orderId: 'o',
  number: 10042,
  status: 'READY_FOR_PICKUP',
  orderStatus: 'PAID',
  customerId: null,
  name: 'Aino Asiakas',
  phone: null,
  email: 'aino@example.com',
  currency: 'EUR',
  lines: [],
  cancelledLineCount: 0,
  totalCents: 2580,
  dueCents: 0,
  paidWith: 'STRIPE',
  readyAt: new Date('2026-03-10T12:00:00Z'),
  deadlineAt: new Date('2026-03-17T12:00:00Z'),
  pickedUpAt: null,
  cancelledAt: null,
  handedOverBy: null,
  lockedUntil: null,
};

describe('the hand-over form', () => {
  it('for a paid order opened from the QR: the code filled in and one button to press', async () => {
    const html = await render(createElement(HandoverForm, { storeId: 's', storeSlug: 'jkl', number: 10042, code: 'ABC234', dueCents: 0, currency: 'EUR', addOns: [] }));
    expect(html).toContain('value="ABC234"');
    expect(count(html, /type="radio"/)).toBe(0);
    expect(count(html, /<button/)).toBe(1);
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>Noudettu<\/button>/);
    expect(html).toContain('autoCapitalize="characters"');
  });

  it('for pay-at-pickup: the amount, cash or card terminal, and the button', async () => {
    const html = await render(createElement(HandoverForm, { storeId: 's', storeSlug: 'jkl', number: 10042, code: 'ABC234', dueCents: 2580, currency: 'EUR', addOns: [] }));
    expect(html).toContain('Miten asiakas maksoi? <span class="font-semibold">25,80 €</span>');
    expect(count(html, /type="radio"[^>]*name="paymentMethod"/)).toBe(2);
    expect(html).toContain('Käteinen');
    expect(html).toContain('Korttipääte');
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>Maksettu ja noudettu<\/button>/);
  });

  it('with add-ons: each one to tick, none ticked, so a paid order still asks for nothing to pay', async () => {
    const addOn = (productId: string, name: string, variants: [string, string | null, number][]) => ({
      productId,
      slug: productId,
      name,
      priceCents: variants[0][2],
      availableHere: 3,
      boughtTogether: 2,
      variants: variants.map(([variantId, label, priceCents]) => ({ variantId, label, priceCents, availableHere: 3 })),
    });
    const addOns = [addOn('filters', 'Suodatinpussit', [['v1', null, 390]]), addOn('mug', 'Muki', [['v2', 'Sininen', 1490], ['v3', 'Punainen', 1590]])];
    const html = await render(createElement(HandoverForm, { storeId: 's', storeSlug: 'jkl', number: 10042, code: 'ABC234', dueCents: 0, currency: 'EUR', addOns }));
    expect(html).toContain('Tarjoa lisäksi');
    expect(count(html, /type="checkbox"/)).toBe(2);
    expect(html).not.toMatch(/type="checkbox"[^>]*checked/);
    expect(html).toContain('3,90 €');
    expect(html).toContain('14,90 €');
    expect(count(html, /type="radio"/)).toBe(0);
    expect(html).toContain('name="addOns" value="[]"');
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>Noudettu<\/button>/);
  });
});

describe('where the pickup stands', () => {
  it('says who handed it over and when', async () => {
    const html = await render(
      createElement(HandoverState, {
        pickup: { ...PICKUP, status: 'PICKED_UP', pickedUpAt: new Date('2026-03-11T09:30:00Z'), handedOverBy: 'Jussi Järvinen' },
        justHandedOver: true,
      }),
    );
    expect(html).toContain('Tilaus 10042 on luovutettu.');
    expect(html).toContain('Luovutti: Jussi Järvinen.');
    expect(html).toContain('11.30');
  });

  it('says plainly when it is not ready, or locked', async () => {
    expect(await render(createElement(HandoverState, { pickup: { ...PICKUP, status: 'PICKING' }, justHandedOver: false }))).toContain('Tilaus on vielä keräilyssä.');
    const locked = await render(createElement(HandoverState, { pickup: { ...PICKUP, lockedUntil: new Date(Date.now() + 10 * 60_000) }, justHandedOver: false }));
    expect(locked).toContain('Liian monta väärää koodia: luovutus on lukittu klo');
  });
});

describe('the search', () => {
  it('has one big search box, and no camera button before the browser says it can scan', async () => {
    const html = await render(createElement(HandoverSearch, { storeSlug: 'jkl', query: '' }));
    expect(html).toContain('Koodi, tilausnumero, nimi tai puhelin');
    expect(html).toMatch(/<input[^>]*type="search"[^>]*name="q"/);
    expect(html).not.toContain('Skannaa QR');
  });
});
