// Add-ons at the hand-over (issue 15, item 5): a guest has bought two products together before,
// then orders one of them for pickup in Tampere, paid at the store. Tampere's staff pick it, and
// at the hand-over the other product is suggested; staff tick it, take cash for both, and press
// once: the order is handed over and the add-on sold to the same address as a counter sale.
// Tampere, not Jyväskylä: the counter spec closes Jyväskylä's day, after which it takes no money.
// Staff taps are counted from the moment the order is on screen (see pickup-and-return.spec.ts).
import type { Page } from '@playwright/test';
import { storageState, uniqueEmail } from '../support/accounts';
import { query } from '../support/db';
import { waitForEmail } from '../support/mail';
import { Taps } from '../support/taps';
import { expect, expectAccessible, test } from '../support/test';

type Product = { slug: string; name_fi: string; sku: string; price_cents: number };

/** Two single-variant products on Tampere's shelf, from the end of the list (other specs take the start). */
async function twoProductsAtTampere(): Promise<[Product, Product]> {
  const rows = await query<Product>(
    `SELECT p.slug, p.name_fi, v.sku, v.price_cents
       FROM products p
       JOIN product_variants v ON v.product_id = p.id AND v.active
       JOIN stock_levels l ON l.variant_id = v.id
       JOIN stores s ON s.id = l.store_id AND s.slug = 'tampere'
      WHERE p.status = 'ACTIVE' AND NOT p.final_sale AND l.on_hand - l.reserved >= 3
        AND (SELECT count(*) FROM product_variants w WHERE w.product_id = p.id) = 1
      ORDER BY p.slug DESC LIMIT 2`,
  );
  if (rows.length < 2) throw new Error('The demo shop needs two single-variant products in Tampere');
  return [rows[0], rows[1]];
}

async function onHandAtTampere(sku: string): Promise<number> {
  const [row] = await query<{ on_hand: number }>(
    `SELECT l.on_hand FROM stock_levels l JOIN stores s ON s.id = l.store_id AND s.slug = 'tampere'
       JOIN product_variants v ON v.id = l.variant_id WHERE v.sku = $1`,
    [sku],
  );
  return row.on_hand;
}

/** A guest's pickup order at Tampere, paid at the store; returns its number. */
async function orderForPickup(page: Page, email: string, products: Product[]): Promise<number> {
  for (const product of products) {
    await page.goto(`/product/${product.slug}`);
    await page.getByRole('button', { name: 'Lisää ostoskoriin' }).click();
    await expect(page.getByText('Lisätty ostoskoriin.').first()).toBeVisible();
    await page.getByRole('button', { name: 'Sulje ilmoitus' }).first().click();
  }
  await page.goto('/checkout');
  await page.getByLabel('Sähköposti').fill(email);
  await page.getByLabel('Nimi').fill('Lisa Lisätuote');
  await page.getByRole('radio', { name: /Nouto myymälästä/ }).check();
  await page.getByRole('radio', { name: /Tampere/ }).check();
  await page.getByRole('radio', { name: /Maksu noudettaessa/ }).check();
  await page.getByRole('checkbox', { name: /Hyväksyn/ }).check();
  await page.getByRole('button', { name: 'Lähetä tilaus' }).click();
  await expect(page).toHaveURL(/\/order\/\d+/);
  return Number(page.url().match(/\/order\/(\d+)/)![1]);
}

const euros = (cents: number) => new Intl.NumberFormat('fi-FI', { style: 'currency', currency: 'EUR' }).format(cents / 100);

test('an add-on suggested at the hand-over is ticked, paid in cash with the order and sold in the same step', async ({ browser }) => {
  test.setTimeout(120_000);
  const [main, addOn] = await twoProductsAtTampere();
  const email = uniqueEmail('lisatuote');
  const shopper = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();

  // --- Bought together once (what the suggestion learns from), then the order to pick up.
  await orderForPickup(shopper, email, [main, addOn]);
  const number = await orderForPickup(shopper, email, [main]);

  // --- Tampere's staff pick it and mark it ready; the code arrives by e-mail.
  const staffContext = await browser.newContext({ storageState: storageState('staffTampere'), viewport: { width: 820, height: 1180 } });
  const tampere = await staffContext.newPage();
  const taps = await Taps.watch(tampere);
  await tampere.goto('/store/tampere/pickups');
  await tampere.getByRole('link', { name: `Tilaus ${number}` }).click();
  await tampere.getByRole('button', { name: /^Kerätty: / }).click();
  await tampere.getByRole('button', { name: 'Valmis noudettavaksi' }).click();
  await expect(tampere.getByRole('region', { name: 'Noudon tila' }).getByText(/^Valmis noudettavaksi \d/)).toBeVisible();
  const ready = await waitForEmail(email, new RegExp(`Tilauksesi ${number} on valmis noudettavaksi`));
  const code = ready.text.match(/Noutokoodi: ([A-Z0-9]{6})/)![1];

  // --- At the counter: the order by its code, the add-on offered.
  const stockBefore = await onHandAtTampere(addOn.sku);
  await tampere.goto('/store/tampere/handover');
  const search = tampere.getByLabel('Koodi, tilausnumero, nimi tai puhelin');
  await search.fill(code);
  await search.press('Enter');
  await expect(tampere.getByRole('heading', { level: 1 })).toContainText(String(number));
  const offer = tampere.getByRole('region', { name: 'Tarjoa lisäksi' });
  await expect(offer.getByRole('checkbox', { name: addOn.name_fi, exact: true })).toBeVisible();
  await expectAccessible(tampere);
  taps.restart();

  // What the screen asks for: tick the add-on, then how the customer paid (the amount to take
  // now is the order's and the add-on's), the code when its field is empty, and the button.
  await offer.getByRole('checkbox', { name: addOn.name_fi, exact: true }).check();
  await expect(tampere.getByText('Otetaan nyt')).toBeVisible();
  await expect(tampere.getByRole('group', { name: /Miten asiakas maksoi\?/ })).toContainText(euros(main.price_cents + addOn.price_cents));
  await expectAccessible(tampere);
  await tampere.locator('label').filter({ has: tampere.getByRole('radio', { name: 'Käteinen' }) }).click();
  const codeField = tampere.getByLabel('Noutokoodi');
  if ((await codeField.inputValue()) === '') {
    await codeField.click();
    await tampere.keyboard.type(code);
  }
  await tampere.getByRole('button', { name: 'Maksettu ja noudettu' }).click();
  await expect(tampere.getByText(/^Noudettu .* Luovutti: /)).toBeVisible();
  expect.soft(taps.count, 'taps to hand over a pay-at-pickup order with one add-on, once it is on screen').toBe(3);

  // --- The books: handed over and paid, the add-on a counter sale to the same address, off
  // Tampere's shelf; both receipts e-mailed.
  const [handedOver] = await query<{ status: string; pickup: string; payments: string[] }>(
    `SELECT o.status, p.status AS pickup, array(SELECT provider::text FROM payments WHERE order_id = o.id) AS payments
       FROM orders o JOIN pickups p ON p.order_id = o.id WHERE o.number = $1`,
    [number],
  );
  expect(handedOver).toEqual({ status: 'FULFILLED', pickup: 'PICKED_UP', payments: ['CASH'] });
  const [sale] = await query<{ number: number; channel: string; email: string; skus: string[]; payments: string[] }>(
    `SELECT s.number, s.channel, s.email, array(SELECT sku FROM order_lines WHERE order_id = s.id) AS skus,
            array(SELECT provider::text || ' ' || amount_cents FROM payments WHERE order_id = s.id) AS payments
       FROM order_events e JOIN orders s ON s.id = (e.data->>'saleOrderId')::uuid
      WHERE e.type = 'add_ons_sold' AND e.order_id = (SELECT id FROM orders WHERE number = $1)`,
    [number],
  );
  expect(sale).toMatchObject({ channel: 'STORE', email, skus: [addOn.sku], payments: [`CASH ${addOn.price_cents}`] });
  expect(await onHandAtTampere(addOn.sku)).toBe(stockBefore - 1);
  await waitForEmail(email, new RegExp(`Kuitti: tilaus ${number} noudettu`));
  await waitForEmail(email, new RegExp(`Kuitti ${sale.number}`));

  await shopper.context().close();
  await staffContext.close();
});
