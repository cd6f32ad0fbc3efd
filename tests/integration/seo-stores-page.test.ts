// The public stores page rendered to HTML on real data: the shop's stores (not the warehouse)
// with contacts, this week's hours with exceptions, a map link and their structured data.
import '../support/test-database';
import { createElement, type ComponentType, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import StoresPage, { generateMetadata } from '@/app/[locale]/(shop)/stores/page';
import { loadMessages } from '@/i18n/messages';
import { helsinkiClock } from '@/lib/catalog/helsinki-clock';
import { prisma } from '@/lib/db';
import { createStore } from '../support/factories/stores';

vi.mock('next/cache', () => ({ unstable_cache: (fn: unknown) => fn }));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlPagesStandIn()));
vi.stubEnv('NEXTAUTH_URL', 'https://puoti.example');

const Provider = NextIntlClientProvider as unknown as ComponentType<{ locale: string; messages: unknown; timeZone: string; children?: ReactNode }>;
const params = Promise.resolve({ locale: 'fi' });
const day = (offset: number) => helsinkiClock(new Date(Date.now() + offset * 86_400_000)).date;

let html: string;

beforeAll(async () => {
  const store = await createStore({
    name: 'Kuopion myymälä',
    street: 'Puijonkatu 9',
    postalCode: '70100',
    city: 'Kuopio',
    phone: '+358 17 555 0303',
    latitude: 62.8924,
    longitude: 27.6782,
    returnsEnabled: false,
  });
  await createStore({ name: 'Verkkovarasto', kind: 'WAREHOUSE', pickupEnabled: false, returnsEnabled: false });
  await prisma.storeOpeningHours.createMany({
    data: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ storeId: store.id, weekday, opensAt: 600, closesAt: 1080 })),
  });
  await prisma.storeOpeningException.createMany({
    data: [
      { storeId: store.id, date: new Date(`${day(1)}T00:00:00Z`), closed: true, noteFi: 'Inventaario' },
      { storeId: store.id, date: new Date(`${day(20)}T00:00:00Z`), closed: false, opensAt: 600, closesAt: 840, noteFi: 'Aatto' },
    ],
  });
  const messages = await loadMessages('fi');
  const tree = await StoresPage({ params });
  html = renderToStaticMarkup(createElement(Provider, { locale: 'fi', messages, timeZone: 'Europe/Helsinki' }, tree));
});

describe('the stores page', () => {
  it('shows each store with its address, phone, map link and services, but not the web warehouse', () => {
    expect(html).toContain('Kuopion myymälä');
    expect(html).toContain('Puijonkatu 9');
    expect(html).toContain('href="tel:+358175550303"');
    expect(html).toContain('href="https://www.openstreetmap.org/?mlat=62.8924&amp;mlon=27.6782#map=17/62.8924/27.6782"');
    expect(html).toContain('Verkkotilausten nouto');
    expect(html).not.toContain('Palautukset myymälään');
    expect(html).not.toContain('Verkkovarasto');
  });

  it("shows this week's hours with tomorrow's closing and why, and a later exception in its own list", () => {
    expect(html).toContain('Aukioloajat tällä viikolla');
    expect(html).toMatch(/suljettu<span[^>]*>Inventaario<\/span>/);
    expect(html).toContain('Poikkeusaukioloajat');
    expect(html).toContain('10.00–14.00');
    expect(html).toContain('Aatto');
    // The regular week, grouped: every day 10–18.
    expect(html).toContain('10.00–18.00');
  });

  it('carries Store structured data for search engines', () => {
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)?.[1];
    const data = JSON.parse(json!) as { '@type': string; name: string; address: { addressLocality: string } }[];
    expect(data.map((store) => store.name)).toContain('Kuopion myymälä');
    expect(data.find((store) => store.name === 'Kuopion myymälä')).toMatchObject({ '@type': 'Store', address: { addressLocality: 'Kuopio' } });
  });

  it('has a canonical address and hreflang links in both languages', async () => {
    const metadata = await generateMetadata({ params });
    expect(metadata.title).toBe('Myymälät ja aukioloajat');
    expect(metadata.alternates).toEqual({
      canonical: 'https://puoti.example/stores',
      languages: { fi: 'https://puoti.example/stores', en: 'https://puoti.example/en/stores', 'x-default': 'https://puoti.example/stores' },
    });
  });
});
