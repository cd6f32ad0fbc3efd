// An exchange at the Tampere counter, end to end: a product sold in cash, then brought back on
// its receipt (typed at the till) for two others scanned as in any sale. The screen shows the
// credit, the new items and the net; the customer hands over only the difference (or gets it
// back in cash); one press does the return and the sale, and the shelf and books follow.
import type { Browser, Page } from '@playwright/test';
import { storageState } from '../support/accounts';
import { query } from '../support/db';
import { expect, expectAccessible, test } from '../support/test';

test.use({ storageState: storageState('staffTampere') });

type Product = { name_fi: string; ean: string; sku: string; price_cents: number };

/** Three single-variant, not final-sale products with a barcode and at least two free at Tampere. */
async function productsAtTampere(): Promise<Product[]> {
  const rows = await query<Product>(
    `SELECT DISTINCT ON (p.slug) p.name_fi, v.ean, v.sku, v.price_cents
       FROM products p
       JOIN product_variants v ON v.product_id = p.id AND v.active
       JOIN stock_levels l ON l.variant_id = v.id
       JOIN stores s ON s.id = l.store_id AND s.slug = 'tampere'
      WHERE p.status = 'ACTIVE' AND NOT p.final_sale AND v.ean IS NOT NULL AND l.on_hand - l.reserved >= 2
        AND (SELECT count(*) FROM product_variants w WHERE w.product_id = p.id) = 1
      ORDER BY p.slug DESC`,
  );
  if (rows.length < 3) throw new Error('The demo shop needs three products with barcodes at Tampere');
  return rows.slice(0, 3);
}

async function onHandAt(sku: string): Promise<number> {
  const [row] = await query<{ on_hand: number }>(
    `SELECT l.on_hand FROM stock_levels l JOIN stores s ON s.id = l.store_id AND s.slug = 'tampere'
       JOIN product_variants v ON v.id = l.variant_id WHERE v.sku = $1`,
    [sku],
  );
  return row.on_hand;
}

async function scan(till: Page, ean: string) {
  const box = till.getByLabel('Viivakoodi tai tuotekoodi');
  await box.fill(ean);
  await box.press('Enter');
}

async function tillPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: storageState('staffTampere'), viewport: { width: 1280, height: 1000 } });
  return context.newPage();
}

const euros = (cents: number) => new Intl.NumberFormat('fi-FI', { style: 'currency', currency: 'EUR' }).format(cents / 100);
const typed = (cents: number) => (cents / 100).toFixed(2).replace('.', ',');

test('an exchange at the counter: one item back on its receipt, two new ones, only the difference in cash', async ({ browser }) => {
  test.setTimeout(90_000);
  const [original, first, second] = await productsAtTampere();
  const till = await tillPage(browser);
  const lines = till.getByRole('list', { name: 'Ostokset' }).getByRole('listitem');

  // --- The original sale, in cash, exact.
  await till.goto('/store/tampere/sell');
  await scan(till, original.ean);
  await expect(lines).toHaveCount(1);
  await till.getByLabel('Annettu käteinen (€)').fill(typed(original.price_cents));
  await till.getByRole('button', { name: `Maksa ${euros(original.price_cents)}` }).click();
  const done = till.getByRole('heading', { name: /^Myynti valmis: kuitti \d+$/ });
  await expect(done).toBeVisible();
  const receiptNumber = Number((await done.textContent())!.match(/\d+$/)![0]);
  await till.getByRole('button', { name: 'Uusi myynti' }).click();
  const before = { original: await onHandAt(original.sku), first: await onHandAt(first.sku), second: await onHandAt(second.sku) };

  // --- The exchange: the receipt number, one unit back, two new items scanned.
  await till.getByRole('button', { name: 'Vaihto' }).click();
  const receiptBox = till.getByLabel('Alkuperäisen kuitin tai tilauksen numero');
  await receiptBox.fill(String(receiptNumber));
  await receiptBox.press('Enter');
  await expect(till.getByRole('heading', { name: `Palautuvat tuotteet (kuitti ${receiptNumber})` })).toBeVisible();
  await expect(till.getByText('Maksettu käteisellä')).toBeVisible();
  await till.getByRole('button', { name: `Lisää yksi: ${original.name_fi}`, exact: true }).click();
  await scan(till, first.ean);
  await expect(lines).toHaveCount(1);
  await scan(till, second.ean);
  await expect(lines).toHaveCount(2);

  const newCents = first.price_cents + second.price_cents;
  const net = newCents - original.price_cents;
  await expect(till.getByLabel('Hyvitys', { exact: true })).toHaveText(euros(-original.price_cents));
  await expect(till.getByLabel('Uudet tuotteet', { exact: true })).toHaveText(euros(newCents));
  if (net >= 0) await expect(till.getByLabel('Maksettavaa', { exact: true })).toHaveText(euros(net));
  else await expect(till.getByLabel('Asiakkaalle takaisin käteisenä', { exact: true })).toHaveText(euros(-net));
  await expectAccessible(till);

  // --- Cash: the customer hands over the difference rounded up to a euro (or nothing).
  const given = net > 0 ? Math.ceil(net / 100) * 100 : 0;
  if (given > 0) await till.getByLabel('Annettu käteinen (€)').fill(typed(given));
  await expect(till.getByText(`Vaihtoraha: ${euros(given - net)}`)).toBeVisible();
  await till.getByRole('button', { name: 'Tee vaihto' }).click();
  const exchanged = till.getByRole('heading', { name: /^Vaihto valmis: kuitti \d+, palautus \d+$/ });
  await expect(exchanged).toBeVisible();
  await expect(till.getByText(`Anna asiakkaalle käteisenä: ${euros(given - net)}`)).toBeVisible();
  const saleNumber = Number((await exchanged.textContent())!.match(/kuitti (\d+)/)![1]);
  const returnNumber = Number((await exchanged.textContent())!.match(/palautus (\d+)/)![1]);
  await till.getByRole('link', { name: 'Näytä ja tulosta kuitti' }).click();
  const slip = till.getByRole('article', { name: 'Kuitti' });
  await expect(slip).toContainText(`Josta hyvitys palautuksesta ${returnNumber}${euros(original.price_cents)}`);
  await expect(slip).toContainText(`Annettu${euros(given)}`);

  // --- The books: a cash refund at Tampere for the original, a new STORE sale paid in cash.
  const [refund] = await query<{ provider: string; amount_cents: number; store: string }>(
    `SELECT p.provider, f.amount_cents, s.slug AS store FROM refunds f JOIN payments p ON p.id = f.payment_id
       JOIN returns r ON r.id = f.return_id JOIN stores s ON s.id = r.store_id
      WHERE f.order_id = (SELECT id FROM orders WHERE number = $1)`,
    [receiptNumber],
  );
  expect(refund).toEqual({ provider: 'CASH', amount_cents: original.price_cents, store: 'tampere' });
  const payments = await query<{ provider: string; amount_cents: number; channel: string }>(
    `SELECT p.provider, p.amount_cents, o.channel FROM payments p JOIN orders o ON o.id = p.order_id WHERE o.number = $1`,
    [saleNumber],
  );
  expect(payments).toEqual([{ provider: 'CASH', amount_cents: newCents, channel: 'STORE' }]);
  expect(await onHandAt(original.sku)).toBe(before.original + 1);
  expect(await onHandAt(first.sku)).toBe(before.first - 1);
  expect(await onHandAt(second.sku)).toBe(before.second - 1);
});
