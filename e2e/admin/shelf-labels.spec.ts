// The owner prints shelf labels: two products chosen in the product list open on an A4 label
// sheet with their names, prices and barcodes (the digits under the bars), and in print only the
// sheet is left: one A4 page, no navigation.
import { query } from '../support/db';
import { storageState } from '../support/accounts';
import { expect, test } from '../support/test';

test.use({ storageState: storageState('owner') });

type LabelRow = { name_fi: string; size: string | null; colour: string | null; price_cents: number; ean: string };

const euros = (cents: number) => new RegExp(`${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}\\s€`);

test('the owner prints shelf labels for two products chosen in the product list', async ({ page }) => {
  await page.goto('/admin/products?sort=name');
  const nameLinks = page.locator('tbody tr td:nth-child(2) a');
  const chosen: { id: string; name: string }[] = [];
  for (const link of (await nameLinks.all()).slice(0, 2)) {
    chosen.push({ id: (await link.getAttribute('href'))!.split('/').at(-1)!, name: (await link.textContent())!.trim() });
  }
  expect(chosen).toHaveLength(2);
  for (const { name } of chosen) await page.getByRole('checkbox', { name: `Valitse ${name}`, exact: true }).check();
  await page.getByRole('button', { name: 'Tulosta valittujen hyllyetiketit' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Hyllyetiketit' })).toBeVisible();
  const rows = await query<LabelRow>(
    `SELECT p.name_fi, v.size, v.colour, v.price_cents, v.ean FROM product_variants v JOIN products p ON p.id = v.product_id
     WHERE p.id = ANY($1::uuid[]) AND v.active ORDER BY p.name_fi, v.position`,
    [chosen.map((c) => c.id)],
  );
  expect(rows.length).toBeGreaterThanOrEqual(2);
  await expect(page.getByText(new RegExp(`^${rows.length} etikett`))).toBeVisible();
  const sheet = page.getByRole('list', { name: 'Arkki 1/1' });
  for (const row of rows) {
    const kind = row.ean.length === 13 ? 'EAN-13' : 'EAN-8';
    const barcodeName = { name: `${kind} ${row.ean}`, exact: true };
    const barcode = sheet.getByRole('img', barcodeName);
    await expect(barcode).toBeVisible();
    // The digits under the bars, each in its place (an EAN-13's first one left of the bars).
    await expect(barcode).toHaveText(row.ean);
    // (`has` is looked for inside each list item, so it starts from the page, not from the sheet.)
    const label = sheet.getByRole('listitem').filter({ has: page.getByRole('img', barcodeName) });
    await expect(label).toContainText(row.name_fi);
    await expect(label).toContainText(euros(row.price_cents));
    const variant = [row.size, row.colour].filter(Boolean).join(' / ');
    if (variant) await expect(label).toContainText(variant);
  }

  // In print only the sheet is left, 210 mm wide, and it fits on one A4 page.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: /./ }).first()).toBeHidden();
  await expect(page.getByRole('search')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Tulosta' })).toBeHidden();
  const box = (await sheet.boundingBox())!;
  expect(Math.round(box.width)).toBe(794); // 210 mm at 96 px per inch
  expect(Math.round(box.x)).toBe(0); // the back office's padding and side column are gone
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
  await page.emulateMedia({ media: 'screen' });
});
