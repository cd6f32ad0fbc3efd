// The desk's receive form as staff first see it: pre-filled, with the refund on its one button,
// and closed to staff (open to the owner, with a reason) after the return window.
import { createElement, type ComponentType, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it, vi } from 'vitest';
import { loadMessages } from '@/i18n/messages';
import { ReceiveForm } from '@/components/store/returns/receive-form';
import type { DeskReceiveView } from '@/lib/returns/desk-receive-view';

vi.mock('@/i18n/navigation', async () => {
  const react = await import('react');
  return { Link: (props: Record<string, unknown>) => react.createElement('a', props) };
});
vi.mock('@/lib/actions/return-desk-receive', () => ({ receiveReturnAction: async () => ({ status: 'idle' }) }));

const Provider = NextIntlClientProvider as unknown as ComponentType<{ locale: string; messages: unknown; timeZone: string; children?: ReactNode }>;

const line = {
  orderLineId: '00000000-0000-4000-8000-000000000001',
  name: 'Villasukat',
  variantLabel: 'M',
  sku: 'SUKKA-M',
  quantity: 2,
  unitPriceCents: 1290,
  vatRateBp: 2550,
  finalSale: false,
  cancelled: false,
  returnedQuantity: 0,
  requestedQuantity: 1,
  returnableQuantity: 2,
  prefill: 1,
};

function view(overrides: Partial<DeskReceiveView> = {}): DeskReceiveView {
  return {
    orderId: '00000000-0000-4000-8000-0000000000aa',
    orderNumber: 10042,
    customer: { name: 'Aino', email: 'aino@example.com', phone: null },
    placedAt: new Date('2026-11-01T10:00:00Z'),
    pickupStoreName: 'Jyväskylä',
    currency: 'EUR',
    shippingCents: 0,
    paidCents: 2580,
    refundedCents: 0,
    paymentProvider: 'STRIPE',
    windowEndsAt: new Date('2026-12-01T10:00:00Z'),
    withinWindow: true,
    refusal: null,
    lines: [line],
    ...overrides,
  };
}

async function render(receiveView: DeskReceiveView, options: { isOwner?: boolean; walkIn?: boolean } = {}) {
  const messages = await loadMessages('fi');
  const form = createElement(ReceiveForm, {
    storeId: '00000000-0000-4000-8000-0000000000bb',
    target: options.walkIn ? { orderId: receiveView.orderId } : { returnId: '00000000-0000-4000-8000-0000000000cc' },
    view: receiveView,
    isOwner: options.isOwner ?? false,
    locale: 'fi',
  });
  return renderToStaticMarkup(createElement(Provider, { locale: 'fi', messages, timeZone: 'Europe/Helsinki' }, form)).replaceAll('\u00a0', ' ');
}

function submitButton(html: string): string | null {
  return /<button type="submit"[^>]*>([\s\S]*?)<\/button>/.exec(html)?.[0] ?? null;
}

describe('the receive form', () => {
  it("pre-fills a registered return as announced, so one tap receives it and refunds the line's price", async () => {
    const html = await render(view());
    const button = submitButton(html);
    expect(button).toContain('Vastaanota ja hyvitä 12,90 €');
    expect(button).not.toContain('disabled=""');
    expect(html).toContain('Myyntikuntoinen');
    expect(html).toMatch(/type="checkbox"[^>]*checked=""/);
    const lines = JSON.parse(/name="lines" value="([^"]*)"/.exec(html)![1].replaceAll('&quot;', '"'));
    expect(lines).toEqual([{ orderLineId: line.orderLineId, quantity: 1, condition: 'RESALEABLE', restock: true }]);
  });

  it('starts a walk-in at zero: nothing is received until staff choose a quantity', async () => {
    const html = await render(view({ lines: [{ ...line, requestedQuantity: 0, prefill: 0 }] }), { walkIn: true });
    expect(submitButton(html)).toContain('disabled=""');
    expect(html).toContain('Valitse ainakin yksi palautettava tuote.');
  });

  it('tells cash-paid orders to give the money back in cash', async () => {
    const html = await render(view({ paymentProvider: 'CASH' }));
    expect(html).toContain('anna rahat takaisin käteisenä');
  });

  it('stops staff after the return window; the owner gets a reason field and the button', async () => {
    const late = view({ withinWindow: false, refusal: 'outsideWindow', windowEndsAt: new Date('2026-10-01T10:00:00Z') });
    const staffHtml = await render(late);
    expect(staffHtml).toContain('Palautusaika päättyi');
    expect(staffHtml).toContain('Vain kauppias voi ohittaa palautusajan.');
    expect(submitButton(staffHtml)).toBeNull();

    const ownerHtml = await render(late, { isOwner: true });
    expect(ownerHtml).toContain('name="overrideReason"');
    expect(submitButton(ownerHtml)).toContain('Vastaanota ja hyvitä');
  });

  it('shows final-sale lines without controls', async () => {
    const html = await render(view({ lines: [{ ...line, finalSale: true, returnableQuantity: 0, prefill: 0 }] }));
    expect(html).toContain('Loppumyynti: ei palautusoikeutta');
    expect(html).not.toContain('Lisää yksi');
  });
});
