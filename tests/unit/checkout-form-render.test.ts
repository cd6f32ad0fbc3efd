// What the checkout form offers, rendered to HTML as the shopper's browser first gets it.
import { createElement, type ComponentType, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it, vi } from 'vitest';
import { loadMessages } from '@/i18n/messages';
import { CheckoutForm } from '@/components/checkout/checkout-form';
import { computeQuote } from '@/lib/checkout/compute-quote';
import type { CheckoutOptions } from '@/lib/checkout/get-checkout-options';

vi.mock('@/i18n/navigation', async () => {
  const react = await import('react');
  return { Link: (props: Record<string, unknown>) => react.createElement('a', props) };
});
vi.mock('@/lib/actions/place-order', () => ({ placeOrderAction: async () => ({ status: 'idle' }) }));

// next-intl's provider with its children given the createElement way.
const Provider = NextIntlClientProvider as unknown as ComponentType<{ locale: string; messages: unknown; timeZone: string; children?: ReactNode }>;

const LINES = [{ variantId: 'v', productId: 'p', sku: 'S', name: 'Kahvi', variantLabel: null, quantity: 2, unitPriceCents: 1290, vatRateBp: 1400, finalSale: false }];
const RATES = { deliveryCents: 690, parcelLockerCents: 490, freeOverCents: 6000 };

function options(overrides: Partial<CheckoutOptions> = {}): CheckoutOptions {
  return {
    quotes: {
      PICKUP: computeQuote(LINES, 'PICKUP', RATES),
      DELIVERY: computeQuote(LINES, 'DELIVERY', RATES),
      PARCEL_LOCKER: computeQuote(LINES, 'PARCEL_LOCKER', RATES),
    },
    pickupOptions: [
      { storeId: 's1', name: 'Jyväskylä', street: 'Kauppakatu 21', postalCode: '40100', city: 'Jyväskylä', hours: [], readiness: { kind: 'ready', dayOffset: 0, date: '2026-03-10', atMinutes: 780 } },
      { storeId: 's2', name: 'Tampere', street: 'Hämeenkatu 14', postalCode: '33100', city: 'Tampere', hours: [], readiness: { kind: 'transfer', minDays: 2, maxDays: 3 } },
      { storeId: 's3', name: 'Turku', street: null, postalCode: null, city: null, hours: [], readiness: { kind: 'unavailable' } },
    ],
    deliveryAvailable: true,
    cardPayments: true,
    ...overrides,
  };
}

async function render(checkoutOptions: CheckoutOptions) {
  const messages = await loadMessages('fi');
  const form = createElement(CheckoutForm, { options: checkoutOptions, contact: { email: 'aino@example.com', name: 'Aino' } });
  const html = renderToStaticMarkup(createElement(Provider, { locale: 'fi', messages, timeZone: 'Europe/Helsinki' }, form));
  return new RenderedForm(html);
}

/** Just enough of the markup to ask what the shopper sees: radios and text. */
class RenderedForm {
  constructor(readonly html: string) {}
  radio(name: string, value: string) {
    const tag = this.html.match(new RegExp(`<input[^>]*name="${name}"[^>]*value="${value}"[^>]*/>`))?.[0] ?? '';
    return { exists: tag !== '', disabled: tag.includes('disabled=""'), checked: tag.includes('checked=""') };
  }
  get text() {
    return this.html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  }
}

describe('the checkout form', () => {
  it('offers every store with pickup, saying when each can be ready, and cannot pick a store that lacks the goods', async () => {
    const page = await render(options());
    expect(page.text).toContain('Jyväskylä Kauppakatu 21, 40100 Jyväskylä Valmis noudettavaksi tänään noin klo 13.00');
    expect(page.text).toContain('Tampere Hämeenkatu 14, 33100 Tampere Noudettavissa 2–3 arkipäivän kuluttua');
    expect(page.radio('pickupStoreId', 's1')).toMatchObject({ checked: true, disabled: false });
    expect(page.radio('pickupStoreId', 's2').disabled).toBe(false);
    expect(page.radio('pickupStoreId', 's3').disabled).toBe(true);
    expect(page.text).toContain('Yhteensä 25,80 €');
    expect(page.text).toContain('ALV 14 % 3,17 € (veroton 22,63 €)');
    expect(page.text).toContain('Tilaa ja maksa');
  });

  it('without Stripe: pickup paid at the store only, and says why delivery cannot be chosen', async () => {
    const page = await render(options({ cardPayments: false }));
    expect(page.radio('fulfilment', 'DELIVERY').disabled).toBe(true);
    expect(page.radio('fulfilment', 'PARCEL_LOCKER').disabled).toBe(true);
    expect(page.radio('payment', 'CARD').disabled).toBe(true);
    expect(page.radio('payment', 'PAY_AT_PICKUP')).toMatchObject({ checked: true, disabled: false });
    expect(page.text).toContain('Korttimaksu ei ole käytössä.');
    expect(page.text).toContain('Lähetä tilaus');
  });

  it('when the warehouse lacks a product, home delivery cannot be chosen and says so', async () => {
    const page = await render(options({ deliveryAvailable: false }));
    expect(page.radio('fulfilment', 'DELIVERY').disabled).toBe(true);
    expect(page.text).toContain('Kaikkia tuotteita ei ole nyt verkkovarastossa.');
    expect(page.radio('fulfilment', 'PICKUP').checked).toBe(true);
  });
});
