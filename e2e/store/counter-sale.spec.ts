// The store counter as a channel, end to end: Jyväskylä's staff sell three products by scanning
// (a hardware scanner types the barcode and presses Enter) and one found by name, to a customer
// found by the code on their account page, paid in cash with change; the web's availability for
// Jyväskylä drops at once; the receipt e-mail arrives with VAT by rate; the customer returns one
// item at the Tampere store for cash; Tampere's shelf has one more; the dashboard shows the sale
// in the in-store channel; Jyväskylä's day is closed with a cash difference, after which the
// till takes no more money. Taps at the till are counted once the scans are done.
import type { Browser, Page } from '@playwright/test';
import { accounts, storageState, type Person } from '../support/accounts';
import { query } from '../support/db';
import { waitForEmail } from '../support/mail';
import { Taps } from '../support/taps';
import { expect, expectAccessible, test } from '../support/test';

test.use({ storageState: storageState('customer') });

type Product = { slug: string; name_fi: string; ean: string; sku: string; price_cents: number; vat_rate_bp: number; free: number };

/**
 * Single-variant products on Jyväskylä's shelf with a barcode, both VAT rates among them: one to
 * find by name, three to scan, the first of which has only a few left (so that the web shows
 * how many, and the sale visibly lowers it).
 */
async function productsAtJyvaskyla(): Promise<Product[]> {
  const rows = await query<Product>(
    `SELECT DISTINCT ON (p.slug) p.slug, p.name_fi, v.ean, v.sku, v.price_cents, v.vat_rate_bp, l.on_hand - l.reserved AS free
       FROM products p
       JOIN product_variants v ON v.product_id = p.id AND v.active
       JOIN stock_levels l ON l.variant_id = v.id
       JOIN stores s ON s.id = l.store_id AND s.slug = 'jyvaskyla'
      WHERE p.status = 'ACTIVE' AND NOT p.final_sale AND v.ean IS NOT NULL AND l.on_hand - l.reserved >= 2
        AND (SELECT count(*) FROM product_variants w WHERE w.product_id = p.id) = 1
      ORDER BY p.slug`,
  );
  const low = rows.filter((row) => row.vat_rate_bp !== 2550);
  const fewLeft = rows.find((row) => row.vat_rate_bp === 2550 && row.free <= 3);
  const general = rows.filter((row) => row.vat_rate_bp === 2550 && row !== fewLeft);
  if (low.length < 1 || !fewLeft || general.length < 2) throw new Error('The demo shop needs products at two VAT rates in Jyväskylä, one with few left');
  return [low[0], fewLeft, general[0], general[1]];
}

async function freeAt(storeSlug: string, sku: string): Promise<number> {
  const [row] = await query<{ free: number }>(
    `SELECT coalesce((SELECT l.on_hand - l.reserved FROM stock_levels l JOIN stores s ON s.id = l.store_id
       WHERE s.slug = $1 AND l.variant_id = v.id), 0) AS free FROM product_variants v WHERE v.sku = $2`,
    [storeSlug, sku],
  );
  return row.free;
}

/** What the product page's availability island is told about a store. */
async function availabilityAt(page: Page, slug: string, storeSlug: string) {
  const answer = await page.request.get(`/api/products/${slug}/availability`);
  const body = (await answer.json()) as { locations: { slug: string; stock: Record<string, { status: string; quantity?: number }> }[] };
  return Object.values(body.locations.find((location) => location.slug === storeSlug)!.stock)[0];
}

async function staffPage(browser: Browser, person: Person): Promise<Page> {
  const context = await browser.newContext({ storageState: storageState(person), viewport: { width: 820, height: 1180 } });
  return context.newPage();
}

const euros = (cents: number) => new Intl.NumberFormat('fi-FI', { style: 'currency', currency: 'EUR' }).format(cents / 100);

test('a cash sale at the counter, a return for cash at another store, the dashboard and the day closed', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const [searched, ...scanned] = await productsAtJyvaskyla();
  const total = [searched, ...scanned].reduce((sum, product) => sum + product.price_cents, 0);

  // --- The customer shows the code on their account page.
  await page.goto('/account');
  const memberCode = (await page.locator('[data-member-code]').textContent())!.trim();
  expect(memberCode).toMatch(/^DJM1\./);
  const webBefore = await availabilityAt(page, scanned[0].slug, 'jyvaskyla');
  const shelfBefore = await freeAt('jyvaskyla', scanned[0].sku);

  // --- At Jyväskylä's till: three scans, one mistyped code, one product found by name.
  const till = await staffPage(browser, 'staff');
  const taps = await Taps.watch(till);
  await till.goto('/store/jyvaskyla/sell');
  const scanBox = till.getByLabel('Viivakoodi tai tuotekoodi');
  const lines = till.getByRole('list', { name: 'Ostokset' }).getByRole('listitem');
  for (const [index, product] of scanned.entries()) {
    await scanBox.fill(product.ean);
    await scanBox.press('Enter');
    await expect(lines).toHaveCount(index + 1);
    await expect(scanBox).toBeFocused();
  }
  const mistyped = scanned[0].ean.slice(0, 12) + String((Number(scanned[0].ean[12]) + 1) % 10);
  await scanBox.fill(mistyped);
  await scanBox.press('Enter');
  await expect(till.getByText(`Koodi ${mistyped} ei ole kelvollinen viivakoodi`)).toBeVisible();
  await expect(lines).toHaveCount(3);
  await till.getByRole('button', { name: 'Hae nimellä' }).click();
  const search = till.getByRole('searchbox', { name: 'Hae tuotetta nimellä tai tuotekoodilla' });
  await search.fill(searched.name_fi);
  await search.press('Enter');
  await till.getByRole('list', { name: 'Hakutulokset' }).getByRole('button', { name: new RegExp(searched.name_fi) }).first().click();
  await expect(lines).toHaveCount(4);
  await expect(till.getByLabel('Yhteensä', { exact: true }).last()).toHaveText(euros(total));

  // --- The customer's code is scanned into the customer box.
  const customerBox = till.getByLabel('Asiakas (valinnainen)');
  await customerBox.fill(memberCode);
  await customerBox.press('Enter');
  // Attached: the customer box names them (and their card, loading beside it, shows the address too).
  await expect(till.getByRole('region', { name: 'Asiakas', exact: true }).getByText(accounts.customer.email)).toBeVisible();
  await expectAccessible(till);

  // --- Cash: the note the customer hands over, then "pay". Counted from here.
  taps.restart();
  const notes = till.getByRole('group', { name: 'Asiakkaan antama raha' }).getByRole('button');
  const note = notes.nth(1);
  const noteCents = Math.round(Number((await note.textContent())!.replace(/[^\d,]/g, '').replace(',', '.')) * 100);
  await note.click();
  await expect(till.getByText(`Vaihtoraha: ${euros(noteCents - total)}`)).toBeVisible();
  await till.getByRole('button', { name: `Maksa ${euros(total)}` }).click();
  await expect(till.getByRole('heading', { name: /^Myynti valmis: kuitti \d+$/ })).toBeVisible();
  expect(taps.count, 'taps for a three-item cash sale once the items are scanned').toBeLessThanOrEqual(4);
  const number = Number((await till.getByRole('heading', { name: /^Myynti valmis/ }).textContent())!.match(/\d+$/)![0]);
  await expect(till.getByText(`Vaihtoraha: ${euros(noteCents - total)}`)).toBeVisible();

  // --- The shop's books: one STORE order for the customer, Jyväskylä's shelf and the web lower.
  const [sale] = await query<{ channel: string; status: string; email: string; total_cents: number }>(
    `SELECT o.channel, o.status, o.email, o.total_cents FROM orders o WHERE o.number = $1`,
    [number],
  );
  expect(sale).toEqual({ channel: 'STORE', status: 'FULFILLED', email: accounts.customer.email, total_cents: total });
  expect(await freeAt('jyvaskyla', scanned[0].sku)).toBe(shelfBefore - 1);
  expect(webBefore).toMatchObject({ status: 'low', quantity: shelfBefore });
  expect(await availabilityAt(page, scanned[0].slug, 'jyvaskyla')).toMatchObject({ status: 'low', quantity: shelfBefore - 1 });

  // --- The printable receipt, and the receipt e-mail with VAT by rate.
  await till.getByRole('link', { name: 'Näytä ja tulosta kuitti' }).click();
  const slip = till.getByRole('article', { name: 'Kuitti' });
  await expect(slip).toContainText(`Kuitti ${number}`);
  await expect(slip).toContainText('Y-tunnus');
  await expect(slip).toContainText(euros(total));
  const receipt = await waitForEmail(accounts.customer.email, new RegExp(`^Kuitti ${number}$`));
  expect(receipt.text).toContain('ALV 25,5 %');
  expect(receipt.text).toMatch(/ALV (14|10) %/);
  expect(receipt.text).toContain('Maksettu käteisellä myymälässä.');

  // --- The customer brings one item back to the Tampere store and gets cash back.
  const returned = scanned[1];
  const tampereBefore = await freeAt('tampere', returned.sku);
  const desk = await staffPage(browser, 'staffTampere');
  await desk.goto('/store/tampere/returns');
  const find = desk.getByLabel('Hae palautus tai tilaus');
  await find.fill(String(number));
  await find.press('Enter');
  const row = desk.getByRole('listitem').filter({ has: desk.getByRole('button', { name: `Lisää yksi: ${returned.name_fi}`, exact: true }) });
  await row.getByRole('button', { name: `Lisää yksi: ${returned.name_fi}`, exact: true }).click();
  await row.getByRole('radio', { name: 'Myyntikuntoinen' }).check();
  const restock = row.getByRole('checkbox', { name: 'Takaisin myyntiin tähän myymälään' });
  if (!(await restock.isChecked())) await restock.check();
  await desk.getByRole('button', { name: /^Vastaanota ja hyvitä/ }).click();
  await expect(desk.getByText(/Hyvitetty|Hyvitys onnistui/).first()).toBeVisible();
  const [refund] = await query<{ provider: string; amount_cents: number; store: string }>(
    `SELECT p.provider, f.amount_cents, s.slug AS store FROM refunds f JOIN payments p ON p.id = f.payment_id
       JOIN returns r ON r.id = f.return_id JOIN stores s ON s.id = r.store_id
      WHERE f.order_id = (SELECT id FROM orders WHERE number = $1)`,
    [number],
  );
  expect(refund).toEqual({ provider: 'CASH', amount_cents: returned.price_cents, store: 'tampere' });
  expect(await freeAt('tampere', returned.sku)).toBe(tampereBefore + 1);

  // --- The owner's dashboard shows the sale in the in-store channel.
  const owner = await staffPage(browser, 'owner');
  await owner.goto('/admin?period=today');
  const storeRow = owner.getByRole('row', { name: /^Myymälämyynti/ }).first();
  // Other specs may sell at a counter today too (the exchange at Tampere, in another worker): the
  // row shows today's in-store gross by the dashboard's definition, this sale among it.
  const storeGross = async () =>
    (
      await query<{ cents: number }>(
        `SELECT coalesce(sum(p.amount_cents), 0)::int AS cents FROM payments p JOIN orders o ON o.id = p.order_id
          WHERE o.channel = 'STORE' AND p.status = 'SUCCEEDED'
            AND (o.paid_at AT TIME ZONE 'Europe/Helsinki')::date = (now() AT TIME ZONE 'Europe/Helsinki')::date`,
      )
    )[0].cents;
  await expect
    .poll(async () => {
      const cents = await storeGross();
      await owner.reload();
      return cents >= total && ((await storeRow.textContent()) ?? '').includes(euros(cents));
    })
    .toBe(true);

  // --- Jyväskylä closes its day: 1 € short in the drawer, with the reason.
  await till.goto('/store/jyvaskyla/close');
  const expected = (await query<{ cash: number; card: number }>(
    `SELECT coalesce(sum(p.amount_cents) FILTER (WHERE p.provider = 'CASH'), 0)::int AS cash,
            coalesce(sum(p.amount_cents) FILTER (WHERE p.provider = 'CARD_TERMINAL'), 0)::int AS card
       FROM payments p JOIN orders o ON o.id = p.order_id JOIN stores s ON s.id = o.pickup_store_id
      WHERE s.slug = 'jyvaskyla' AND p.status = 'SUCCEEDED' AND (p.created_at AT TIME ZONE 'Europe/Helsinki')::date = (now() AT TIME ZONE 'Europe/Helsinki')::date`,
  ))[0];
  await till.getByLabel('Laskettu käteinen kassalaatikossa (€)').fill(((expected.cash - 100) / 100).toFixed(2).replace('.', ','));
  await till.getByLabel('Maksupäätteen päivän summa (€)').fill((expected.card / 100).toFixed(2).replace('.', ','));
  await till.getByRole('button', { name: 'Sulje päivä' }).click();
  await expect(till.getByText('Kerro, miksi laskettu summa poikkeaa odotetusta.').first()).toBeVisible();
  await till.getByLabel('Selitys').fill('Vaihtorahaa annettiin euro liikaa');
  await till.getByRole('button', { name: 'Sulje päivä' }).click();
  await expect(till.getByText('Päivä on suljettu.')).toBeVisible();
  await expect(till.getByRole('table', { name: 'Sulkemiset ja korjaukset' })).toContainText(euros(-100));
  await expectAccessible(till);

  // --- A closed day takes no more money at the till.
  await till.goto('/store/jyvaskyla/sell');
  await scanBox.fill(scanned[2].ean);
  await scanBox.press('Enter');
  await expect(lines).toHaveCount(1);
  await till.getByRole('button', { name: 'Tasaraha', exact: false }).click();
  await till.getByRole('button', { name: /^Maksa/ }).click();
  await expect(till.getByText(/päivä on jo suljettu/)).toBeVisible();

  await till.context().close();
  await desk.context().close();
  await owner.context().close();
});

test('staff at Tampere order for the customer what the store lacks, home delivery paid by card terminal', async ({ page, browser }) => {
  test.setTimeout(90_000);
  // A product the Tampere store does not have on its shelf but the web warehouse has.
  const [product] = await query<{ slug: string; name_fi: string; ean: string; price_cents: number }>(
    `SELECT p.slug, p.name_fi, v.ean, v.price_cents FROM products p
       JOIN product_variants v ON v.product_id = p.id AND v.active
      WHERE p.status = 'ACTIVE' AND v.ean IS NOT NULL
        AND (SELECT count(*) FROM product_variants w WHERE w.product_id = p.id) = 1
        AND coalesce((SELECT l.on_hand - l.reserved FROM stock_levels l JOIN stores s ON s.id = l.store_id WHERE s.slug = 'tampere' AND l.variant_id = v.id), 0) = 0
        AND (SELECT l.on_hand - l.reserved FROM stock_levels l JOIN stores s ON s.id = l.store_id WHERE s.kind = 'WAREHOUSE' AND l.variant_id = v.id) >= 2
      ORDER BY p.slug LIMIT 1`,
  );
  await page.goto('/account');
  const memberCode = (await page.locator('[data-member-code]').textContent())!.trim();

  const desk = await staffPage(browser, 'staffTampere');
  await desk.goto('/store/tampere/order');
  const scanBox = desk.getByLabel('Viivakoodi tai tuotekoodi');
  await scanBox.fill(product.ean);
  await scanBox.press('Enter');
  await expect(desk.getByRole('list', { name: 'Ostokset' }).getByRole('listitem')).toHaveCount(1);
  const customerBox = desk.getByLabel('Asiakas (valinnainen)');
  await customerBox.fill(memberCode);
  await customerBox.press('Enter');
  await expect(desk.getByLabel('Sähköposti')).toHaveValue(accounts.customer.email);
  await desk.getByLabel('Katuosoite').fill('Hämeenkatu 10');
  await desk.getByLabel('Postinumero').fill('33100');
  await desk.getByLabel('Postitoimipaikka').fill('Tampere');
  await desk.getByLabel('Maksupäätteen viite (valinnainen)').fill('118822');
  await expectAccessible(desk);
  await desk.getByRole('button', { name: 'Tee tilaus' }).click();
  await expect(desk.getByRole('heading', { name: /^Tilaus \d+ tehty$/ })).toBeVisible();
  const number = Number((await desk.getByRole('heading', { name: /^Tilaus \d+ tehty$/ }).textContent())!.match(/\d+/)![0]);

  // The web shop's own workflow from here: a paid home delivery from the warehouse, confirmed by e-mail.
  const [order] = await query<{ channel: string; fulfilment: string; status: string; provider: string; reservation: string; source: string }>(
    `SELECT o.channel, o.fulfilment, o.status, p.provider, r.status AS reservation, s.kind AS source
       FROM orders o JOIN payments p ON p.order_id = o.id JOIN reservations r ON r.order_id = o.id JOIN stores s ON s.id = r.store_id
      WHERE o.number = $1`,
    [number],
  );
  expect(order).toEqual({ channel: 'STORE', fulfilment: 'DELIVERY', status: 'PAID', provider: 'CARD_TERMINAL', reservation: 'CONVERTED', source: 'WAREHOUSE' });
  const confirmation = await waitForEmail(accounts.customer.email, new RegExp(`^Tilausvahvistus ${number}$`));
  expect(confirmation.text).toContain('Hämeenkatu 10');
  expect(confirmation.text).toContain('Maksusi on vastaanotettu.');
  await page.goto('/account/orders');
  await expect(page.getByText(String(number)).first()).toBeVisible();
  await desk.context().close();
});
