// The shopkeeper's back office in a browser: a product with two variants and stock in two stores
// shows in the shop at once, and so does a new price; a Shopify CSV is checked (the bad row is
// listed), its valid rows imported, and importing it again changes nothing; part of a paid order
// is refunded through (fake) Stripe; an invited member of staff signs in and sees only their store.
import type { Page } from '@playwright/test';
import { storageState, uniqueEmail } from '../support/accounts';
import { productInWarehouse, query } from '../support/db';
import { linkIn, waitForEmail } from '../support/mail';
import { expect, test } from '../support/test';

test.use({ storageState: storageState('owner') });

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

async function receiveStock(page: Page, sku: string, store: RegExp, quantity: number) {
  await page.getByRole('button', { name: new RegExp(`^Muuta: ${sku} · .*${store.source}`) }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Vastaanota tavaraa' }).click();
  await dialog.getByLabel('Saapunut määrä').fill(String(quantity));
  await dialog.getByRole('button', { name: 'Kirjaa vastaanotto' }).click();
  await expect(page.getByText(`Vastaanotto kirjattiin: hyllyssä nyt ${quantity}.`)).toBeVisible();
  await page.keyboard.press('Escape');
}

test('a new product with two variants and stock in two stores shows in the shop at once, with its new price', async ({ page, browser }) => {
  const id = unique().toUpperCase();
  const name = `Testimuki ${id}`;
  await page.goto('/admin/products/new');
  await page.getByLabel('Nimi suomeksi').fill(name);
  await page.getByLabel('Nimi englanniksi').fill(`Test mug ${id}`);
  await page.getByLabel('Tila').selectOption({ label: 'Myynnissä' });
  const category = page.getByLabel('Tuoteryhmä');
  await category.selectOption({ index: 1 });
  const first = page.getByRole('group', { name: 'Versio 1' });
  await first.getByLabel('Tuotekoodi (SKU)').fill(`E2E-${id}-S`);
  await first.getByLabel('Koko').fill('S');
  await first.getByRole('textbox', { name: /^Hinta \(€\)/ }).fill('19,90');
  await page.getByRole('button', { name: 'Lisää versio' }).click();
  const second = page.getByRole('group', { name: 'Versio 2' });
  await second.getByLabel('Tuotekoodi (SKU)').fill(`E2E-${id}-M`);
  await second.getByLabel('Koko').fill('M');
  await second.getByRole('textbox', { name: /^Hinta \(€\)/ }).fill('19,90');
  await page.getByRole('button', { name: 'Luo tuote' }).click();
  await expect(page.getByText(/Tuote luotiin\./)).toBeVisible();

  await page.getByRole('link', { name: 'Varasto myymälöittäin' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Varasto: ${name}` })).toBeVisible();
  await receiveStock(page, `E2E-${id}-S`, /Jyväskylä/, 3);
  await receiveStock(page, `E2E-${id}-M`, /Tampere/, 2);

  // A shopper sees it at once, with stock per store.
  const [{ slug }] = await query<{ slug: string }>(`SELECT p.slug FROM products p JOIN product_variants v ON v.product_id = p.id WHERE v.sku = $1`, [`E2E-${id}-S`]);
  const shopper = await (await browser.newContext()).newPage();
  await shopper.goto(`/product/${slug}`);
  await expect(shopper.getByRole('heading', { level: 1, name })).toBeVisible();
  const availability = shopper.getByRole('region', { name: 'Saatavuus' });
  await expect(availability.getByText(/Jyväskylä/).first()).toBeVisible();
  await expect(shopper.getByText('19,90 €').first()).toBeVisible();

  // The owner raises the price; the shop shows the new one.
  await page.goto(`/admin/products/${(await query<{ id: string }>(`SELECT id FROM products WHERE slug = $1`, [slug]))[0].id}`);
  await page.getByRole('group', { name: 'Versio 1' }).getByRole('textbox', { name: /^Hinta \(€\)/ }).fill('24,90');
  await page.getByRole('button', { name: 'Tallenna muutokset' }).click();
  await expect(page.getByText(/Muutokset tallennettiin\./)).toBeVisible();
  await shopper.goto(`/product/${slug}`);
  await expect(shopper.getByText('24,90 €').first()).toBeVisible();
  await shopper.context().close();
});

test('a Shopify CSV: the dry run lists the bad row and the warnings, the valid rows are imported, and importing again changes nothing', async ({ page }) => {
  const id = unique();
  const csv = [
    'Handle,Title,Body (HTML),Type,Tags,Status,Option1 Name,Option1 Value,Variant SKU,Variant Price,Variant Inventory Qty,Image Src,Image Alt Text,Variant Barcode',
    `pipo-${id},Villapipo ${id},<p>Lämmin pipo</p>,Asusteet,villa,active,Koko,S,PIPO-${id}-S,29.90,4,https://cdn.example.com/pipo.jpg,Harmaa villapipo,`,
    `pipo-${id},,,,,,,M,PIPO-${id}-M,29.90,2,,,`,
    // A spreadsheet turned this barcode into a number: the row imports without it, with a warning.
    `kassi-${id},Kangaskassi ${id},,Asusteet,,active,Title,Default Title,KASSI-${id},12.00,10,,,3.65275E+11`,
    `rikki-${id},Rikkinäinen ${id},,Asusteet,,active,Title,Default Title,RIKKI-${id},-5.00,1,,,`,
  ].join('\n');
  const file = { name: `tuotteet-${id}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') };
  const handles = [`pipo-${id}`, `kassi-${id}`, `rikki-${id}`];
  const catalog = () =>
    query<{ slug: string; updated_at: Date; variants: number }>(
      `SELECT p.slug, p.updated_at, (SELECT count(*)::int FROM product_variants v WHERE v.product_id = p.id) AS variants
       FROM products p WHERE p.slug = ANY($1) ORDER BY p.slug`,
      [handles],
    );

  await page.goto('/admin/import');
  await page.getByLabel('CSV-tiedosto').first().setInputFiles(file);
  await page.getByRole('button', { name: 'Tarkista tiedosto (koeajo)' }).first().click();
  await expect(page).toHaveURL(/\/admin\/import\/[\w-]+$/);
  const errors = page.getByRole('table', { name: /Virheet riveittäin/ });
  await expect(errors.getByRole('row')).toHaveCount(2); // header + the bad row
  await expect(errors.getByRole('cell', { name: '5' }).first()).toBeVisible();
  const warnings = page.getByRole('table', { name: /Varoitukset/ });
  await expect(warnings.getByRole('row')).toHaveCount(2); // header + the row with the mangled barcode
  await expect(warnings.getByRole('cell', { name: /Viivakoodi 3\.65275E\+11 ei ole kelvollinen/ })).toBeVisible();
  expect(await catalog()).toEqual([]); // the dry run saved nothing

  await page.getByRole('checkbox', { name: /Tuo vain kelvolliset rivit/ }).check();
  await page.getByRole('button', { name: /^Tuo kelvolliset rivit/ }).click();
  await expect(page.getByText(/Tuonti valmis\./)).toBeVisible({ timeout: 30_000 });
  const imported = await catalog();
  expect(imported.map((p) => [p.slug, p.variants])).toEqual([
    [`kassi-${id}`, 1],
    [`pipo-${id}`, 2],
  ]);

  // The same file again: the dry run would create and update nothing, and importing changes nothing.
  await page.goto('/admin/import');
  await page.getByLabel('CSV-tiedosto').first().setInputFiles(file);
  await page.getByRole('button', { name: 'Tarkista tiedosto (koeajo)' }).first().click();
  await expect(page).toHaveURL(/\/admin\/import\/[\w-]+$/);
  await page.getByRole('checkbox', { name: /Tuo vain kelvolliset rivit/ }).check();
  await page.getByRole('button', { name: /^Tuo kelvolliset rivit/ }).click();
  await expect(page.getByText(/Tuonti valmis\./)).toBeVisible({ timeout: 30_000 });
  expect(await catalog()).toEqual(imported);
});

test('part of a paid order is refunded through Stripe, and the order shows it', async ({ page, browser }) => {
  // A shopper orders for home delivery and pays by card.
  const product = await productInWarehouse();
  const shopper = await (await browser.newContext()).newPage();
  await shopper.goto(`/product/${product.slug}`);
  await shopper.getByRole('button', { name: 'Lisää ostoskoriin' }).click();
  await expect(shopper.getByText('Lisätty ostoskoriin.').first()).toBeVisible();
  await shopper.goto('/checkout');
  await shopper.getByLabel('Sähköposti').fill(`hyvitys-${unique()}@example.com`);
  await shopper.getByLabel('Nimi').fill('Hyvi Tys');
  await shopper.getByRole('radio', { name: /Kotiinkuljetus/ }).check();
  await shopper.getByLabel('Katuosoite').fill('Kauppakatu 2');
  await shopper.getByLabel('Postinumero').fill('40100');
  await shopper.getByLabel('Postitoimipaikka').fill('Jyväskylä');
  await shopper.getByRole('radio', { name: /Kortti tai mobiilimaksu/ }).check();
  await shopper.getByRole('checkbox', { name: /Hyväksyn/ }).check();
  await shopper.getByRole('button', { name: 'Tilaa ja maksa' }).click();
  await expect(shopper).toHaveURL(/\/pay\//);
  await shopper.getByRole('button', { name: /^Maksa/ }).click();
  await expect(shopper).toHaveURL(/\/order\/\d+/);
  const number = Number(shopper.url().match(/\/order\/(\d+)/)![1]);
  await shopper.context().close();

  // The owner finds it in the order list and refunds 5,00 € of it.
  await page.goto(`/admin/orders?q=${number}`);
  await page.getByRole('link', { name: `Avaa tilaus ${number}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(String(number));
  await page.getByLabel('Summa euroina').fill('5,00');
  await page.getByLabel('Syy').fill('Pakkaus oli kolhiintunut');
  await page.getByRole('button', { name: 'Palauta rahat' }).click();
  await expect(page.getByText('Rahat palautettiin.')).toBeVisible();
  await expect(page.getByText('Palautettu: 5,00 €')).toBeVisible();
  const [refund] = await query<{ amount_cents: number; status: string; provider_ref: string; actor: string }>(
    `SELECT f.amount_cents, f.status, f.provider_ref, u.email AS actor FROM refunds f JOIN orders o ON o.id = f.order_id
     JOIN users u ON u.id = f.actor_id WHERE o.number = $1`,
    [number],
  );
  expect(refund).toMatchObject({ amount_cents: 500, status: 'SUCCEEDED', actor: 'omistaja@pihlajanpuoti.example' });
  expect(refund.provider_ref).toMatch(/^re_/);
});

test('an invited member of staff sets a password, signs in and sees only their store', async ({ page, browser }) => {
  const email = uniqueEmail('tyontekija');
  await page.goto('/admin/staff');
  await page.getByRole('link', { name: 'Kutsu työntekijä' }).click();
  await page.getByLabel('Nimi').fill('Tiina Työntekijä');
  await page.getByLabel('Sähköposti').fill(email);
  await page.getByRole('checkbox', { name: /Tampere/ }).check();
  await page.getByRole('button', { name: 'Lähetä kutsu' }).click();
  await expect(page.getByText(`Kutsu on lähetetty osoitteeseen ${email}.`)).toBeVisible();

  const invitation = await waitForEmail(email, /kutsu henkilökuntaan/);
  const newcomer = await (await browser.newContext()).newPage();
  await newcomer.goto(linkIn(invitation, '/invitation'));
  await expect(newcomer.getByRole('heading', { level: 1, name: 'Tervetuloa henkilökuntaan' })).toBeVisible();
  await newcomer.getByLabel('Uusi salasana').fill('Tampere-tiski-2026');
  await newcomer.getByRole('button', { name: 'Aseta salasana' }).click();
  await newcomer.getByRole('link', { name: 'Kirjaudu sisään' }).click();
  await newcomer.getByLabel('Sähköposti').first().fill(email);
  await newcomer.getByLabel('Salasana').fill('Tampere-tiski-2026');
  await newcomer.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await expect(newcomer).toHaveURL(/\/store$/);
  await expect(newcomer.getByRole('heading', { name: 'Pihlajan Puoti Tampere' })).toBeVisible();
  await expect(newcomer.getByRole('heading', { name: 'Pihlajan Puoti Jyväskylä' })).toHaveCount(0);
  expect((await newcomer.goto('/store/jyvaskyla/pickups'))?.status()).toBe(403);
  await newcomer.context().close();
});
