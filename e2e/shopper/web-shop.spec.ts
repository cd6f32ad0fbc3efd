// The web shop on a phone: search, per-store stock, two variants in the cart, pickup in a store
// paid with (fake) Stripe, the confirmation page and e-mail, the order in the account; and a
// guest who orders for home delivery.
import { devices, type Page } from '@playwright/test';
import { accounts, storageState, uniqueEmail } from '../support/accounts';
import { productInWarehouse, productWithTwoVariantsAt, query } from '../support/db';
import { waitForEmail } from '../support/mail';
import { expect, expectAccessible, test } from '../support/test';

// A phone's screen, touch and user agent (the browser stays the system Chromium).
const phone: Partial<(typeof devices)['Pixel 7']> = { ...devices['Pixel 7'] };
delete phone.defaultBrowserType;
test.use({ ...phone });

async function addToCart(page: Page) {
  await page.getByRole('button', { name: 'Lisää ostoskoriin' }).click();
  await expect(page.getByText('Lisätty ostoskoriin.').first()).toBeVisible();
  // On a phone the message sits over the page's lower part; the shopper closes it.
  await page.getByRole('button', { name: 'Sulje ilmoitus' }).first().click();
}

/** Taps a variant option (the radio itself is visually hidden inside its label). */
async function chooseVariant(page: Page, name: string) {
  const radio = page.getByRole('radio', { name, exact: true });
  await page.locator('label').filter({ has: radio }).click();
  await expect(radio).toBeChecked();
}

async function payOnStripe(page: Page) {
  await expect(page).toHaveURL(/\/pay\//);
  await page.getByRole('button', { name: /^Maksa/ }).click();
  await expect(page).toHaveURL(/\/order\/\d+/);
}

test.describe('a signed-in shopper', () => {
  test.use({ storageState: storageState('customer') });

  test('searches, sees stock per store, orders two variants for pickup and pays by card', async ({ page }) => {
    const product = await productWithTwoVariantsAt('jyvaskyla');
    await page.goto('/');
    const search = page.getByRole('combobox', { name: /Hae/ }).first();
    await search.fill(product.name_fi);
    await search.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=/);
    await expectAccessible(page);
    await page.getByRole('link', { name: product.name_fi }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: product.name_fi })).toBeVisible();
    await expectAccessible(page);

    // Per-store availability, fetched for the chosen variant.
    const availability = page.getByRole('region', { name: 'Saatavuus' });
    await expect(availability.getByText(/Jyväskylä/).first()).toBeVisible();
    await expect(availability.getByText(/varastossa|jäljellä/).first()).toBeVisible();

    await chooseVariant(page, product.variants[0]);
    await addToCart(page);
    await chooseVariant(page, product.variants[1]);
    await addToCart(page);
    await expect(page.getByRole('link', { name: 'Ostoskori, 2 tuotetta' })).toBeVisible();

    await page.getByRole('link', { name: 'Ostoskori, 2 tuotetta' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ostoskori' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Siirry kassalle' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kassa' })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('radio', { name: /Nouto myymälästä/ }).check();
    await page.getByRole('radio', { name: /Jyväskylä/ }).check();
    await page.getByRole('radio', { name: /Kortti tai mobiilimaksu/ }).check();
    await page.getByRole('checkbox', { name: /Hyväksyn/ }).check();
    await page.getByRole('button', { name: 'Tilaa ja maksa' }).click();
    await payOnStripe(page);
    await expect(page.getByText(/Kiitos tilauksestasi! Maksu on vastaanotettu/)).toBeVisible();

    const number = page.url().match(/\/order\/(\d+)/)![1];
    const [order] = await query<{ status: string; fulfilment: string; store: string; lines: number }>(
      `SELECT o.status, o.fulfilment, s.slug AS store, (SELECT count(*)::int FROM order_lines l WHERE l.order_id = o.id) AS lines
       FROM orders o JOIN stores s ON s.id = o.pickup_store_id WHERE o.number = $1`,
      [Number(number)],
    );
    expect(order).toEqual({ status: 'PAID', fulfilment: 'PICKUP', store: 'jyvaskyla', lines: 2 });

    const mail = await waitForEmail(accounts.customer.email, new RegExp(`Tilausvahvistus ${number}`));
    expect(mail.text).toContain(product.name_fi);
    expect(mail.text).toContain('Jyväskylä');

    await page.goto('/account/orders');
    await expect(page.getByRole('link', { name: `Tilaus ${number}` })).toBeVisible();
  });
});

test('a guest orders for home delivery and pays by card', async ({ page }) => {
  const product = await productInWarehouse();
  const email = uniqueEmail('vieras');
  await page.goto(`/product/${product.slug}`);
  await addToCart(page);
  await page.goto('/checkout');
  await page.getByLabel('Sähköposti').fill(email);
  await page.getByLabel('Nimi').fill('Vieras Ostaja');
  await page.getByRole('radio', { name: /Kotiinkuljetus/ }).check();
  await page.getByLabel('Katuosoite').fill('Kauppakatu 1 A 2');
  await page.getByLabel('Postinumero').fill('40100');
  await page.getByLabel('Postitoimipaikka').fill('Jyväskylä');
  await page.getByRole('radio', { name: /Kortti tai mobiilimaksu/ }).check();
  await page.getByRole('checkbox', { name: /Hyväksyn/ }).check();
  await page.getByRole('button', { name: 'Tilaa ja maksa' }).click();
  await payOnStripe(page);
  await expect(page.getByText(/Kiitos tilauksestasi! Maksu on vastaanotettu/)).toBeVisible();
  const number = page.url().match(/\/order\/(\d+)/)![1];
  const mail = await waitForEmail(email, new RegExp(`Tilausvahvistus ${number}`));
  expect(mail.text).toContain('Kauppakatu 1 A 2');
});
