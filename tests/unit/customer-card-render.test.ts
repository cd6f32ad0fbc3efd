// The customer's card as staff first see it, in both languages (a missing string fails), and the
// till's <CustomerCard> while it fetches the card.
import { createElement, type ComponentType, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it, vi } from 'vitest';
import { loadMessages } from '@/i18n/messages';
import { CustomerCard } from '@/components/store/counter/customer-card';
import { CustomerCardView } from '@/components/store/counter/customer-card-view';
import type { CustomerCard as Card } from '@/lib/counter/customer-card/load-customer-card';

vi.mock('@/lib/actions/counter-customer-card', () => ({ counterCustomerCardAction: async () => ({ error: 'never called while rendering' }) }));

const Provider = NextIntlClientProvider as unknown as ComponentType<{ locale: string; messages: unknown; timeZone: string; onError: (e: Error) => void; children?: ReactNode }>;

async function render(element: ReturnType<typeof createElement>, locale: 'fi' | 'en' = 'fi') {
  const messages = await loadMessages(locale);
  const onError = (error: Error) => {
    throw error;
  };
  return renderToStaticMarkup(createElement(Provider, { locale, messages, timeZone: 'Europe/Helsinki', onError }, element)).replace(/[\u00a0\u202f]/g, ' ');
}

const CARD: Card = {
  customer: { id: 'c', name: 'Kaisa Kanta', email: 'kaisa@example.com', phone: '050 111 2222', createdAt: new Date('2025-05-01T10:00:00Z') },
  orderCounts: { WEB: 3, STORE: 1, KIOSK: 1 },
  recentOrders: [
    { number: 10050, placedAt: new Date('2026-10-01T10:00:00Z'), channel: 'KIOSK', status: 'FULFILLED', returnStatus: 'PARTIALLY_RETURNED', totalCents: 2590, currency: 'EUR' },
    { number: 10040, placedAt: new Date('2026-09-01T10:00:00Z'), channel: 'STORE', status: 'PAID', returnStatus: 'NONE', totalCents: 1000, currency: 'EUR' },
  ],
  openPickups: [
    { orderNumber: 10060, status: 'READY_FOR_PICKUP', deadlineAt: new Date('2026-11-08T10:00:00Z'), storeName: 'Tampere', atThisStore: false },
    { orderNumber: 10061, status: 'PENDING', deadlineAt: null, storeName: 'Jyväskylä', atThisStore: true },
  ],
  openReturns: [
    { number: 7, orderNumber: 10050, status: 'REQUESTED', method: 'STORE', createdAt: new Date('2026-10-02T10:00:00Z'), requestedStoreName: 'Jyväskylä' },
    { number: 8, orderNumber: 10040, status: 'RECEIVED', method: 'MAIL', createdAt: new Date('2026-10-03T10:00:00Z'), requestedStoreName: null },
  ],
  interests: [
    { slug: 'kahvi', name: 'Kahvi' },
    { slug: 'tee', name: 'Tee' },
  ],
  notes: [{ id: 'n', text: 'Toivoo kuitin sähköpostiin.', createdAt: new Date('2026-09-01T10:00:00Z') }],
};

describe('the customer card', () => {
  it('says who the customer is, their orders in every channel, what is open, interests and notes for staff', async () => {
    const html = await render(createElement(CustomerCardView, { card: CARD }));
    expect(html).toContain('Asiakaskortti: Kaisa Kanta');
    expect(html).toContain('5 tilausta: verkossa 3, myymälässä 1, kioskilla 1');
    expect(html).toContain('Tilaus 10050');
    expect(html).toContain('1.10.2026 · Kioski · 25,90 € · Toimitettu · osin palautettu');
    expect(html).toContain('Tilaus 10061, Jyväskylä');
    expect(html.match(/tässä myymälässä/g)).toHaveLength(1);
    expect(html).toContain('Noudettavissa · viimeistään 8.11.2026');
    expect(html).toContain('Palautus R-7 (tilaus 10050)');
    expect(html).toContain('Ilmoitettu, tavarat tulossa · tuodaan myymälään Jyväskylä');
    expect(html).toContain('Vastaanotettu, hyvitys kesken · postitse');
    expect(html).toContain('>Kahvi<');
    expect(html).toContain('Toivoo kuitin sähköpostiin.');
    expect(html).toContain('Kortin avaaminen kirjataan lokiin.');
  });

  it('says when there is nothing to show, in English too', async () => {
    const empty: Card = { ...CARD, customer: { ...CARD.customer, name: null, phone: null }, orderCounts: { WEB: 0, STORE: 0, KIOSK: 0 }, recentOrders: [], openPickups: [], openReturns: [], interests: [], notes: [] };
    const html = await render(createElement(CustomerCardView, { card: empty }), 'en');
    expect(html).toContain('Customer card: kaisa@example.com');
    expect(html).toContain('No orders: online 0, in store 0, at the kiosk 0');
    for (const text of ['No orders.', 'No orders waiting for pickup.', 'No returns in progress.', 'Not known yet.', 'No notes.']) expect(html).toContain(text);
    expect(await render(createElement(CustomerCardView, { card: CARD }), 'en')).toContain('Return R-8 (order 10040)');
  });

  it('at the till, says it is fetching the card until the answer comes', async () => {
    const html = await render(createElement(CustomerCard, { storeId: 's', customerId: 'c' }));
    expect(html).toContain('role="status"');
    expect(html).toContain('Haetaan asiakkaan tietoja…');
  });
});
