// The product editor and list as the owner's browser first gets them: every field named for the
// server action, with its saved value and a Finnish label (a missing message fails the test).
import { createElement, type ComponentType, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it, vi } from 'vitest';
import { loadMessages } from '@/i18n/messages';
import { centsToInput, emptyProduct, type ProductValues } from '@/components/admin/products/editor-values';
import { ProductEditor } from '@/components/admin/products/product-editor';
import { ProductTable } from '@/components/admin/products/product-table';

vi.mock('@/i18n/navigation', async () => {
  const react = await import('react');
  return { Link: (props: Record<string, unknown>) => react.createElement('a', props), useRouter: () => ({ push: () => {} }) };
});
vi.mock('@/lib/actions/admin-product-save', () => ({ saveAdminProductAction: async () => ({ status: 'idle' }) }));
vi.mock('@/lib/actions/admin-product-bulk', () => ({ bulkAdminProductsAction: async () => ({ status: 'idle' }) }));
vi.mock('@/lib/actions/upload-image', () => ({ uploadImageAction: async () => ({ ok: false, message: '' }) }));

const Provider = NextIntlClientProvider as unknown as ComponentType<{
  locale: string;
  messages: unknown;
  timeZone: string;
  onError: (error: Error) => void;
  children?: ReactNode;
}>;

async function render(element: ReturnType<typeof createElement>) {
  const messages = await loadMessages('fi');
  const onError = (error: Error) => {
    throw error;
  };
  return renderToStaticMarkup(createElement(Provider, { locale: 'fi', messages, timeZone: 'Europe/Helsinki', onError }, element));
}

const vatRates = [{ value: 2550, label: '25,5 % (yleinen)' }, { value: 1400, label: '14 % (elintarvikkeet)' }];

describe('product editor', () => {
  it('shows a saved product with its variants and pictures, named for the server action', async () => {
    const values: ProductValues = {
      ...emptyProduct,
      id: '00000000-0000-4000-8000-000000000001',
      nameFi: 'Villasukat',
      nameEn: 'Wool socks',
      slug: 'villasukat',
      status: 'ACTIVE',
      vatRateBp: 1400,
      images: [{ url: '/demo/socks.svg', altFi: 'Harmaat sukat', altEn: '' }],
      variants: [
        { id: '00000000-0000-4000-8000-000000000002', sku: 'SOCK-S', ean: '', size: 'S', colour: '', price: centsToInput(1990), compareAt: '', active: true },
        { id: '00000000-0000-4000-8000-000000000003', sku: 'SOCK-L', ean: '', size: 'L', colour: '', price: centsToInput(2150), compareAt: centsToInput(2500), active: false },
      ],
    };
    const html = await render(createElement(ProductEditor, { values, categories: [{ id: 'c1', label: 'Vaatteet' }], vatRates }));
    expect(html).toContain('name="productId" value="00000000-0000-4000-8000-000000000001"');
    expect(html).toContain('name="variants.1.sku" value="SOCK-L"');
    expect(html).toContain('name="variants.0.price" value="19,90"');
    expect(html).toContain('name="variants.1.compareAt" value="25,00"');
    expect(html).toContain('name="images.0.altFi" value="Harmaat sukat"');
    expect(html).toMatch(/<option value="1400" selected="">14 % \(elintarvikkeet\)<\/option>/);
    expect(html).toContain('Kuvaus suomeksi (vaihtoehtoinen teksti)');
    expect(html).toContain('name="images.0.url" value="/demo/socks.svg"');
    expect(html).toContain('accept="image/png,image/jpeg,image/webp"');
    expect(html).toContain('Tallenna muutokset');
  });

  it('starts a new product with one empty variant and no id', async () => {
    const html = await render(createElement(ProductEditor, { values: emptyProduct, categories: [], vatRates }));
    expect(html).not.toContain('name="productId"');
    expect(html).toContain('name="variants.0.sku"');
    expect(html).not.toContain('name="variants.1.sku"');
    expect(html).toContain('Luo tuote');
  });
});

describe('product list table', () => {
  it('has a labelled checkbox per product and the bulk actions', async () => {
    const html = await render(
      createElement(ProductTable, {
        caption: 'Tuotteet',
        rows: [
          { id: 'p1', name: 'Villasukat', category: null, status: 'ACTIVE', price: '19,90 €', variantCount: 2, available: 3, stockLabel: 'Vähissä', stockTone: 'warning', updated: '1.1.2026' },
        ],
      }),
    );
    expect(html).toContain('name="ids" value="p1"');
    expect(html).toContain('Valitse Villasukat');
    expect(html).toContain('2 versiota');
    expect(html).toContain('Myynnissä');
    expect(html).toContain('Muuta hintaa prosentteina');
  });
});
