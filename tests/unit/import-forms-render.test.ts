// The import page's forms as the owner first sees them: the file field with its 10 MB hint and
// the store for stock; and "Import" that asks for an explicit confirmation when rows have errors.
import { createElement, type ComponentType, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it, vi } from 'vitest';
import { loadMessages } from '@/i18n/messages';
import { ImportUploadForm } from '@/components/admin/import/import-upload-form';
import { StartImportForm } from '@/components/admin/import/start-import-form';

vi.mock('@/i18n/navigation', () => ({ useRouter: () => ({ refresh: () => {} }) }));

const Provider = NextIntlClientProvider as unknown as ComponentType<{ locale: string; messages: unknown; timeZone: string; children?: ReactNode }>;
const action = async () => ({ status: 'idle' as const });

async function render(element: ReactNode, locale: 'fi' | 'en' = 'fi') {
  const messages = await loadMessages(locale);
  return renderToStaticMarkup(createElement(Provider, { locale, messages, timeZone: 'Europe/Helsinki' }, element));
}

describe('the upload form', () => {
  it('has a labelled CSV file field and, for products, the store that stock goes to', async () => {
    const html = await render(
      createElement(ImportUploadForm, {
        kind: 'PRODUCTS',
        action,
        stores: [
          { id: 'w', name: 'Verkkovarasto' },
          { id: 'j', name: 'Jyväskylä' },
        ],
        defaultStoreId: 'w',
      }),
    );
    expect(html).toMatch(/<label for="products-file"[^>]*>CSV-tiedosto/);
    expect(html).toContain('accept=".csv,text/csv"');
    expect(html).toContain('Enintään 10 Mt');
    expect(html).toMatch(/<option value="w" selected="">Verkkovarasto<\/option>/);
    expect(html).toContain('Tarkista tiedosto (koeajo)');
  });

  it('has no store choice for a stock file (the file names the stores)', async () => {
    const html = await render(createElement(ImportUploadForm, { kind: 'STOCK', action }), 'en');
    expect(html).toContain('Columns SKU, Store and Quantity');
    expect(html).not.toContain('<select');
  });
});

describe('the import button', () => {
  const props = { runId: '00000000-0000-4000-8000-000000000001', action, validRows: 12, progressUrl: '/admin/import/x/progress' };

  it('imports at once when the file has no errors', async () => {
    const html = await render(createElement(StartImportForm, { ...props, errorRows: 0 }));
    expect(html).not.toContain('type="checkbox"');
    expect(html).toContain('Tuo 12 riviä');
  });

  it('asks to confirm leaving out the rows with errors', async () => {
    const html = await render(createElement(StartImportForm, { ...props, errorRows: 3 }));
    expect(html).toMatch(/<input id="import-valid-only" type="checkbox" required=""[^>]*name="validOnly"/);
    expect(html).toContain('Tuo vain kelvolliset rivit (12). Virheelliset rivit (3) jätetään pois.');
  });
});
