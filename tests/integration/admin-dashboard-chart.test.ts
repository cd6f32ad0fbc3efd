// The sales chart renders on the server (the first HTML) without failing, as one labelled image
// with nothing inside that takes keyboard focus (the table beside it is the way in). Recharts draws
// the bars in the browser, once it has measured the space.
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SalesChart } from '@/components/admin/dashboard/sales-chart';

describe('SalesChart', () => {
  it('is an image with a label, and has no focusable parts', () => {
    const html = renderToString(
      createElement(SalesChart, {
        points: [
          { day: '2026-11-19', dayLabel: '19.11.', webDelivery: 1200, clickCollect: 300, store: 0 },
          { day: '2026-11-20', dayLabel: '20.11.', webDelivery: -500, clickCollect: 900, store: 100 },
        ],
        series: [
          { key: 'webDelivery', label: 'Verkkokauppa, toimitus', colour: '#1d4ed8' },
          { key: 'clickCollect', label: 'Nouto myymälästä', colour: '#b45309' },
          { key: 'store', label: 'Myymälämyynti', colour: '#15803d' },
        ],
        locale: 'fi',
        label: 'Pylväskaavio: nettomyynti päivittäin kanavittain.',
      }),
    );
    expect(html).toMatch(/^<div role="img" aria-label="Pylväskaavio: nettomyynti päivittäin kanavittain."/);
    expect(html).toContain('recharts-wrapper');
    expect(html).not.toMatch(/tabindex="0"/);
  });
});
