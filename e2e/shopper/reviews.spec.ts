// Reviews end to end: a new customer, not yet a buyer, has no review form; after buying a product
// at the Jyväskylä counter they review it from their order page; the owner publishes it in the
// back office; the product page then shows it with its stars, and its structured data has an
// AggregateRating. (The rules, including the refusal of non-buyers in the action, are in
// tests/integration/reviews.test.ts.)
import type { Browser, Page } from '@playwright/test';
import { storageState, uniqueEmail, type Person } from '../support/accounts';
import { query } from '../support/db';
import { signUpWithEmailLink } from '../support/sign-up';
import { expect, test } from '../support/test';

/** A single-variant product on Jyväskylä's shelf with a barcode and stock to spare. */
async function productAtJyvaskyla() {
  const [row] = await query<{ slug: string; name_fi: string; ean: string }>(
    `SELECT p.slug, p.name_fi, v.ean
       FROM products p
       JOIN product_variants v ON v.product_id = p.id AND v.active
       JOIN stock_levels l ON l.variant_id = v.id
       JOIN stores s ON s.id = l.store_id AND s.slug = 'jyvaskyla'
      WHERE p.status = 'ACTIVE' AND v.ean IS NOT NULL AND l.on_hand - l.reserved >= 3
        AND (SELECT count(*) FROM product_variants w WHERE w.product_id = p.id) = 1
      ORDER BY l.on_hand - l.reserved DESC, p.slug LIMIT 1`,
  );
  if (!row) throw new Error('The demo shop needs a product with a barcode on Jyväskylä’s shelf');
  return row;
}

async function pageAs(browser: Browser, person: Person): Promise<Page> {
  const context = await browser.newContext({ storageState: storageState(person), viewport: { width: 1280, height: 900 } });
  return context.newPage();
}

type JsonLdProduct = { '@type': string; aggregateRating?: Record<string, unknown>; review?: { reviewBody: string; reviewRating: { ratingValue: number } }[] };

test('a buyer reviews what they bought at the counter; it shows on the product page once the owner publishes it', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const product = await productAtJyvaskyla();
  const email = uniqueEmail('arvioija');
  await signUpWithEmailLink(page, { name: 'Aino Arvioija', email, password: 'arvioija-salasana' });

  // --- Not a buyer yet: no orders, so nothing to review.
  await page.goto('/account/orders');
  await expect(page.getByRole('heading', { name: 'Arvioi ostoksesi' })).toHaveCount(0);

  // --- Bought at the counter, with the customer's code from their account page.
  await page.goto('/account');
  const memberCode = (await page.locator('[data-member-code]').textContent())!.trim();
  const till = await pageAs(browser, 'staff');
  await till.goto('/store/jyvaskyla/sell');
  const scanBox = till.getByLabel('Viivakoodi tai tuotekoodi');
  await scanBox.fill(product.ean);
  await scanBox.press('Enter');
  await expect(till.getByRole('list', { name: 'Ostokset' }).getByRole('listitem')).toHaveCount(1);
  const customerBox = till.getByLabel('Asiakas (valinnainen)');
  await customerBox.fill(memberCode);
  await customerBox.press('Enter');
  await expect(till.getByText(email)).toBeVisible();
  await till.getByRole('group', { name: 'Asiakkaan antama raha' }).getByRole('button').nth(1).click();
  await till.getByRole('button', { name: /^Maksa / }).click();
  const done = till.getByRole('heading', { name: /^Myynti valmis: kuitti \d+$/ });
  await expect(done).toBeVisible();
  const number = (await done.textContent())!.match(/\d+$/)![0];
  await till.context().close();

  // --- The buyer reviews it from the order page: four stars and a text with markup, kept as text.
  await page.goto(`/account/orders/${number}`);
  const section = page.getByRole('region', { name: 'Arvioi ostoksesi' });
  const text = `Kestävä ja kaunis <b>${Date.now()}</b>`;
  const form = section.getByRole('form', { name: `Arvio tuotteesta ${product.name_fi}` });
  await form.getByLabel('4 tähteä').check();
  await form.getByLabel('Arviosi').fill(text);
  await form.getByRole('button', { name: 'Lähetä arvio' }).click();
  await expect(section.getByText('Kiitos arviostasi!')).toBeVisible();
  await page.reload();
  await expect(section.getByText('Arviosi odottaa julkaisua.')).toBeVisible();
  await expect(section.getByRole('form')).toHaveCount(0);

  // --- Not on the product page before the owner publishes it.
  const visitor = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await visitor.goto(`/product/${product.slug}`);
  await expect(visitor.getByText(text)).toHaveCount(0);

  // --- The owner publishes it.
  const owner = await pageAs(browser, 'owner');
  await owner.goto('/admin/reviews');
  const item = owner.getByRole('listitem').filter({ hasText: text });
  await expect(item.getByText('Odottaa', { exact: true })).toBeVisible();
  await item.getByRole('button', { name: 'Julkaise' }).click();
  await expect(item.getByText('Arvio on julkaistu.')).toBeVisible();
  await expect(item.getByText('Julkaistu', { exact: true })).toBeVisible();
  await expect(item.getByRole('button', { name: 'Julkaise' })).toHaveCount(0);
  await owner.context().close();

  // --- The product page shows it with its stars, and the structured data rates the product.
  await visitor.goto(`/product/${product.slug}`);
  const reviews = visitor.getByRole('region', { name: 'Arviot' });
  const review = reviews.getByRole('listitem').filter({ hasText: text });
  await expect(review).toBeVisible();
  await expect(review.getByText('4 / 5 tähteä')).toBeAttached();
  await expect(review.getByText('★★★★☆')).toBeVisible();
  await expect(review.getByText('Aino, ')).toBeVisible();
  await expect(reviews.getByTestId('rating-summary')).toContainText('/ 5');

  const data = (await visitor.locator('script[type="application/ld+json"]').allTextContents()).map((json) => JSON.parse(json) as JsonLdProduct);
  const productData = data.find((d) => d['@type'] === 'Product')!;
  expect(productData.aggregateRating).toMatchObject({ '@type': 'AggregateRating', bestRating: 5, worstRating: 1 });
  const rating = productData.aggregateRating as { ratingValue: number; reviewCount: number };
  expect(rating.ratingValue).toBeGreaterThanOrEqual(1);
  expect(rating.ratingValue).toBeLessThanOrEqual(5);
  expect(rating.reviewCount).toBeGreaterThanOrEqual(1);
  expect(productData.review).toEqual(expect.arrayContaining([expect.objectContaining({ reviewBody: text, reviewRating: expect.objectContaining({ ratingValue: 4 }) })]));
  await visitor.context().close();
});
