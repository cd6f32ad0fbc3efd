// The return pages' pieces, rendered to HTML as the shopper's browser first gets them.
import { createElement, type ComponentType, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it, vi } from 'vitest';
import { loadMessages } from '@/i18n/messages';
import type { RequestReturnOptions } from '@/lib/returns/request-return-options';
import type { ReturnForViewer } from '@/lib/returns/get-return-for-viewer';
import { returnQrSvg } from '@/lib/returns/return-qr-image';
import { RequestReturnView } from '@/components/returns/request-return-view';
import { ReturnConfirmation } from '@/components/returns/return-confirmation';

vi.mock('@/i18n/navigation', async () => {
  const react = await import('react');
  return { Link: (props: Record<string, unknown>) => react.createElement('a', props) };
});
vi.mock('@/lib/actions/request-return', () => ({ requestReturnAction: async () => ({ status: 'idle' }) }));

const Provider = NextIntlClientProvider as unknown as ComponentType<{ locale: string; messages: unknown; timeZone: string; children?: ReactNode }>;

async function render(element: ReturnType<typeof createElement>) {
  const messages = await loadMessages('fi');
  return renderToStaticMarkup(createElement(Provider, { locale: 'fi', messages, timeZone: 'Europe/Helsinki' }, element));
}

const line = (id: string, name: string, fields: Partial<RequestReturnOptions['lines'][number]> = {}) => ({
  orderLineId: id,
  name,
  variantLabel: null,
  sku: `SKU-${id}`,
  quantity: 2,
  unitPriceCents: 1290,
  vatRateBp: 2550,
  finalSale: false,
  cancelled: false,
  returnedQuantity: 0,
  requestedQuantity: 0,
  returnableQuantity: 2,
  availableQuantity: 2,
  ...fields,
});

function options(overrides: Partial<RequestReturnOptions> = {}): RequestReturnOptions {
  return {
    order: { id: 'o1', number: 10042, status: 'FULFILLED', fulfilment: 'PICKUP', fulfilledAt: new Date('2026-11-20T10:00:00Z'), paidAt: null, returnStatus: 'NONE', pickupStoreId: 's2' },
    windowEndsAt: new Date('2026-12-20T10:00:00Z'),
    withinWindow: true,
    refusal: null,
    canRequest: true,
    lines: [
      line('l1', 'Villasukat', { availableQuantity: 1, requestedQuantity: 1 }),
      line('l2', 'Lahjakortti', { finalSale: true, returnableQuantity: 0, availableQuantity: 0 }),
      line('l3', 'Kahvimuki'),
    ],
    stores: [
      { id: 's1', name: 'Jyväskylä', street: 'Kauppakatu 21', postalCode: '40100', city: 'Jyväskylä' },
      { id: 's2', name: 'Tampere', street: 'Hämeenkatu 14', postalCode: '33100', city: 'Tampere' },
    ],
    defaultStoreId: 's2',
    mailAddress: { name: 'Verkkovarasto', street: 'Varastotie 4', postalCode: '40320', city: 'Jyväskylä' },
    contactEmail: 'asiakaspalvelu@example.com',
    ...overrides,
  };
}

describe('the return form', () => {
  it('offers each returnable line from 0 to what is left, and says why the others cannot be returned', async () => {
    const html = await render(createElement(RequestReturnView, { options: options(), token: 'secret', orderHref: '/order/10042' }));
    expect(html).toContain('name="quantity-l1"');
    expect(html).toContain('name="quantity-l3"');
    expect(html).not.toContain('name="quantity-l2"');
    expect(html.match(/<select[^>]*name="quantity-l1"[\s\S]*?<\/select>/)![0].match(/<option/g)).toHaveLength(2);
    expect(html).toContain('Lopullinen myynti, ei palautettavissa');
    expect(html).toContain('name="token" value="secret"');
    expect(html).toContain('Palautusaika päättyy 20. joulukuuta 2026.');
  });

  it('suggests the pickup store, and shows the address for mail', async () => {
    const html = await render(createElement(RequestReturnView, { options: options(), token: null, orderHref: '/x' }));
    expect(html).toMatch(/<option value="s2" selected="">Tampere, Hämeenkatu 14, Tampere<\/option>/);
    expect(html).toContain('Verkkovarasto, Varastotie 4, 40320 Jyväskylä');
    expect(html).not.toContain('name="token"');
  });

  it('preselects one unit when only one line can be returned', async () => {
    const html = await render(createElement(RequestReturnView, { options: options({ lines: [line('l9', 'Pipo', { quantity: 1, returnableQuantity: 1, availableQuantity: 1 })] }), token: null, orderHref: '/x' }));
    expect(html).toMatch(/<option value="1" selected="">1 kpl<\/option>/);
  });

  it('explains when there is nothing to return instead of showing the form', async () => {
    const closed = await render(createElement(RequestReturnView, { options: options({ withinWindow: false, refusal: 'outsideWindow', canRequest: false }), token: null, orderHref: '/x' }));
    expect(closed).toContain('Tämän tilauksen palautusaika päättyi 20. joulukuuta 2026.');
    expect(closed).not.toContain('<form');
    const waiting = await render(createElement(RequestReturnView, { options: options({ windowEndsAt: null, withinWindow: false, refusal: 'notReceived', canRequest: false }), token: null, orderHref: '/x' }));
    expect(waiting).toContain('Voit palauttaa tuotteita, kun olet noutanut tai saanut tilauksen.');
  });
});

describe('the return confirmation', () => {
  it('shows the number, the QR with a text alternative, the store and what to bring', async () => {
    const ret: ReturnForViewer = {
      number: 10005,
      orderNumber: 10042,
      status: 'REQUESTED',
      method: 'STORE',
      reason: 'WRONG_SIZE: Liian pienet',
      createdAt: new Date(),
      requestedStore: { name: 'Tampere', street: 'Hämeenkatu 14', postalCode: '33100', city: 'Tampere', phone: null, openingHours: [{ weekday: 1, opensAt: 600, closesAt: 1080 }] },
      lines: [{ orderLineId: 'l1', name: 'Villasukat', variantLabel: '38–40', quantity: 1 }],
      mailAddress: null,
      contactEmail: null,
    };
    const html = await render(createElement(ReturnConfirmation, { ret, qrSvg: await returnQrSvg(10005), orderHref: '/order/10042' }));
    expect(html).toContain('R-10005');
    expect(html).toMatch(/role="img" aria-label="QR-koodi palautukselle R-10005"/);
    expect(html).toContain('<svg');
    expect(html).toContain('Hämeenkatu 14');
    expect(html).toContain('Syy: Väärä koko: Liian pienet');
    expect(html).toContain('Ota mukaan');
  });
});
