// The click & collect loop end to end: a shopper orders for pickup in Jyväskylä and pays by card;
// Jyväskylä's staff pick it and mark it ready; the code arrives by e-mail; staff hand it over
// after typing the code; the shopper returns one line at the Tampere store, whose staff receive
// it and refund it through (fake) Stripe; Tampere's stock grows by one; the receipt arrives.
// Staff taps are counted from the moment the order or return is on screen, as the staff page
// receives them: staff do what the screen asks of them, so a step more is a tap more.
import type { Browser, Page } from '@playwright/test';
import { accounts, storageState, type Person } from '../support/accounts';
import { productWithTwoVariantsAt, query } from '../support/db';
import { waitForEmail } from '../support/mail';
import { Taps } from '../support/taps';
import { expect, expectAccessible, test } from '../support/test';

test.use({ storageState: storageState('customer') });

async function staffPage(browser: Browser, person: Person): Promise<{ page: Page; taps: Taps }> {
  const context = await browser.newContext({ storageState: storageState(person), viewport: { width: 820, height: 1180 } }); // a tablet
  const page = await context.newPage();
  return { page, taps: await Taps.watch(page) };
}

async function stockAt(storeSlug: string, sku: string): Promise<number> {
  const [row] = await query<{ on_hand: number }>(
    `SELECT coalesce((SELECT l.on_hand FROM stock_levels l JOIN stores s ON s.id = l.store_id
       WHERE s.slug = $1 AND l.variant_id = v.id), 0) AS on_hand
     FROM product_variants v WHERE v.sku = $2`,
    [storeSlug, sku],
  );
  return row.on_hand;
}

/** How many customer cards this member of staff has opened (the audit log's entries). */
async function cardViewings(staffEmail: string): Promise<number> {
  const [row] = await query<{ count: number }>(
    `SELECT count(*)::int AS count FROM audit_logs a JOIN users u ON u.id = a.actor_id WHERE a.action = 'customer.card_viewed' AND u.email = $1`,
    [staffEmail],
  );
  return row.count;
}

async function chooseVariant(page: Page, name: string) {
  const radio = page.getByRole('radio', { name, exact: true });
  await page.locator('label').filter({ has: radio }).click();
  await expect(radio).toBeChecked();
}

async function addToCart(page: Page) {
  await page.getByRole('button', { name: 'Lisää ostoskoriin' }).click();
  await expect(page.getByText('Lisätty ostoskoriin.').first()).toBeVisible();
  await page.getByRole('button', { name: 'Sulje ilmoitus' }).first().click();
}

test('an order is picked, handed over with its code, and one line is returned and refunded at another store', async ({ page, browser }) => {
  test.setTimeout(120_000);

  // --- The shopper orders two variants for pickup in Jyväskylä and pays by card.
  const product = await productWithTwoVariantsAt('jyvaskyla');
  await page.goto(`/product/${product.slug}`);
  await chooseVariant(page, product.variants[0]);
  await addToCart(page);
  await chooseVariant(page, product.variants[1]);
  await addToCart(page);
  await page.goto('/checkout');
  await page.getByRole('radio', { name: /Nouto myymälästä/ }).check();
  await page.getByRole('radio', { name: /Jyväskylä/ }).check();
  await page.getByRole('radio', { name: /Kortti tai mobiilimaksu/ }).check();
  await page.getByRole('checkbox', { name: /Hyväksyn/ }).check();
  await page.getByRole('button', { name: 'Tilaa ja maksa' }).click();
  await expect(page).toHaveURL(/\/pay\//);
  await page.getByRole('button', { name: /^Maksa/ }).click();
  await expect(page).toHaveURL(/\/order\/\d+/);
  const number = Number(page.url().match(/\/order\/(\d+)/)![1]);

  // --- Jyväskylä's staff pick both lines and mark the order ready.
  const { page: jyvaskyla, taps: counterTaps } = await staffPage(browser, 'staff');
  await jyvaskyla.goto('/store/jyvaskyla/pickups');
  await expectAccessible(jyvaskyla);
  await jyvaskyla.getByRole('link', { name: `Tilaus ${number}` }).click();
  await expect(jyvaskyla.getByRole('heading', { level: 1, name: `Tilaus ${number}` })).toBeVisible();
  await expectAccessible(jyvaskyla);
  const pickButtons = jyvaskyla.getByRole('button', { name: /^Kerätty: / });
  await expect(pickButtons).toHaveCount(2);
  for (let left = 2; left > 0; left -= 1) {
    await pickButtons.first().click();
    await expect(pickButtons).toHaveCount(left - 1);
  }
  await jyvaskyla.getByRole('button', { name: 'Valmis noudettavaksi' }).click();
  await expect(jyvaskyla.getByRole('region', { name: 'Noudon tila' }).getByText(/^Valmis noudettavaksi \d/)).toBeVisible();

  // --- The e-mail with the pickup code arrives.
  const ready = await waitForEmail(accounts.customer.email, new RegExp(`Tilauksesi ${number} on valmis noudettavaksi`));
  const code = ready.text.match(/Noutokoodi: ([A-Z0-9]{6})/)![1];
  expect(ready.text).toContain('Jyväskylä');

  // --- At the counter: the code is typed (a scanner types it and presses Enter), then the
  // hand-over of an order paid online takes one tap: the code came along from the search.
  const viewingsBefore = await cardViewings(accounts.staffJyvaskyla.email);
  await jyvaskyla.goto('/store/jyvaskyla/handover');
  const search = jyvaskyla.getByLabel('Koodi, tilausnumero, nimi tai puhelin');
  await search.fill(code.toLowerCase());
  await search.press('Enter');
  await expect(jyvaskyla.getByRole('heading', { level: 1 })).toContainText(String(number));
  // The order is on the shopper's account: staff see their card, and the viewing is recorded.
  const card = jyvaskyla.getByRole('region', { name: /^Asiakaskortti/ });
  await expect(card.getByRole('heading', { name: 'Viimeisimmät tilaukset' })).toBeVisible();
  await expect(card.getByText(`Tilaus ${number}`).first()).toBeVisible();
  expect(await cardViewings(accounts.staffJyvaskyla.email)).toBeGreaterThan(viewingsBefore);
  await expectAccessible(jyvaskyla);
  counterTaps.restart();
  // What the screen asks for: the code, when its field is empty, then the button.
  const codeField = jyvaskyla.getByLabel('Noutokoodi');
  if ((await codeField.inputValue()) === '') {
    await codeField.click();
    await jyvaskyla.keyboard.type(code);
  }
  await jyvaskyla.getByRole('button', { name: 'Noudettu' }).click();
  await expect(jyvaskyla.getByText(`Tilaus ${number} on luovutettu. Kuitti lähtee asiakkaalle sähköpostilla.`)).toBeVisible();
  await expect(jyvaskyla.getByText(/^Noudettu .* Luovutti: /)).toBeVisible();
  expect.soft(counterTaps.count, 'taps to hand over an order paid online, once it is on screen').toBe(1);
  const [pickup] = await query<{ status: string; order_status: string; handed_over_by: string }>(
    `SELECT p.status, o.status AS order_status, u.email AS handed_over_by
     FROM pickups p JOIN orders o ON o.id = p.order_id JOIN users u ON u.id = p.handed_over_by_id WHERE o.number = $1`,
    [number],
  );
  expect(pickup).toEqual({ status: 'PICKED_UP', order_status: 'FULFILLED', handed_over_by: accounts.staffJyvaskyla.email });
  await waitForEmail(accounts.customer.email, new RegExp(`Kuitti: tilaus ${number} noudettu`));

  // --- The shopper returns one line at the Tampere store.
  await page.goto(`/account/orders/${number}`);
  await page.getByRole('link', { name: 'Palauta tuotteita' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Palauta tuotteita' })).toBeVisible();
  await expectAccessible(page);
  const lineQuantities = page.getByRole('combobox', { name: /Palautettava määrä/ });
  await expect(lineQuantities).toHaveCount(2);
  await lineQuantities.first().selectOption('1');
  await page.getByLabel('Palautuksen syy').selectOption({ label: 'Väärä koko' });
  await page.getByRole('radio', { name: /Tuon tuotteet myymälään/ }).check();
  const storeChoice = page.getByRole('combobox', { name: /^Myymälä/ });
  await storeChoice.selectOption((await storeChoice.locator('option', { hasText: 'Tampere' }).getAttribute('value'))!);
  await page.getByRole('button', { name: 'Ilmoita palautus' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Palautus R-\d+/ })).toBeVisible();
  const returnCode = (await page.getByRole('heading', { level: 1 }).textContent())!.match(/R-\d+/)![0];
  const [requested] = await query<{ sku: string; quantity: number }>(
    `SELECT l.sku, rl.quantity FROM returns r JOIN return_lines rl ON rl.return_id = r.id JOIN order_lines l ON l.id = rl.order_line_id
     WHERE r.number = $1`,
    [Number(returnCode.slice(2))],
  );
  // Every line of the order, with how many the shopper said would come back (0: kept).
  const announced = await query<{ name: string; quantity: number }>(
    `SELECT l.name || coalesce(' (' || l.variant_label || ')', '') AS name, coalesce(rl.quantity, 0) AS quantity
     FROM order_lines l
     LEFT JOIN return_lines rl ON rl.order_line_id = l.id AND rl.return_id = (SELECT id FROM returns WHERE number = $2)
     WHERE l.order_id = (SELECT id FROM orders WHERE number = $1)`,
    [number, Number(returnCode.slice(2))],
  );
  expect(announced.map((line) => line.quantity).sort()).toEqual([0, 1]);

  // --- Tampere's staff find the return by its number and receive it with one tap.
  const stockBefore = await stockAt('tampere', requested.sku);
  const { page: tampere, taps: deskTaps } = await staffPage(browser, 'staffTampere');
  await tampere.goto('/store/tampere/returns');
  const desk = tampere.getByLabel('Hae palautus tai tilaus');
  await desk.fill(returnCode);
  await desk.press('Enter');
  await expect(tampere.getByRole('heading', { level: 1, name: `Palautus ${returnCode}` })).toBeVisible();
  await expect(tampere.getByRole('region', { name: /^Asiakaskortti/ }).getByText(`Palautus ${returnCode} (tilaus ${number})`)).toBeVisible();
  await expectAccessible(tampere);
  deskTaps.restart();
  // What the screen asks for: each line's count set to what came back (what the shopper
  // announced), resaleable and back on sale here, then the button.
  for (const line of announced) {
    const row = tampere.getByRole('listitem').filter({ has: tampere.getByRole('button', { name: `Lisää yksi: ${line.name}`, exact: true }) });
    const shown = row.locator('output');
    for (let count = Number(await shown.textContent()); count !== line.quantity; count = Number(await shown.textContent())) {
      await row.getByRole('button', { name: `${count < line.quantity ? 'Lisää' : 'Vähennä'} yksi: ${line.name}`, exact: true }).click();
      await expect(shown).not.toHaveText(String(count));
    }
    if (line.quantity > 0) {
      const resaleable = row.getByRole('radio', { name: 'Myyntikuntoinen' });
      if (!(await resaleable.isChecked())) await resaleable.check();
      const restock = row.getByRole('checkbox', { name: 'Takaisin myyntiin tähän myymälään' });
      if (!(await restock.isChecked())) await restock.check();
    }
  }
  await tampere.getByRole('button', { name: /^Vastaanota ja hyvitä/ }).click();
  await expect(tampere.getByText(/Hyvitetty|Hyvitys onnistui/).first()).toBeVisible();
  expect.soft(deskTaps.count, 'taps to receive and refund the announced return, once it is on screen').toBe(1);

  // --- The shop's books: Tampere's shelf has one more, the money went back through Stripe.
  expect(await stockAt('tampere', requested.sku)).toBe(stockBefore + requested.quantity);
  const [refund] = await query<{ status: string; amount_cents: number; provider_ref: string | null; return_status: string; store: string }>(
    `SELECT f.status, f.amount_cents, f.provider_ref, r.status AS return_status, s.slug AS store
     FROM returns r JOIN refunds f ON f.return_id = r.id JOIN stores s ON s.id = r.store_id WHERE r.number = $1`,
    [Number(returnCode.slice(2))],
  );
  const [returnedLine] = await query<{ unit_price_cents: number }>(
    `SELECT unit_price_cents FROM order_lines WHERE sku = $1 AND order_id = (SELECT id FROM orders WHERE number = $2)`,
    [requested.sku, number],
  );
  expect(refund).toMatchObject({ status: 'SUCCEEDED', amount_cents: returnedLine.unit_price_cents, return_status: 'REFUNDED', store: 'tampere' });
  expect(refund.provider_ref).toMatch(/^re_/);

  // --- The receipt e-mail arrives, and the shopper's order says it is partly returned.
  const receipt = await waitForEmail(accounts.customer.email, new RegExp(`Palautus ${returnCode} vastaanotettu \\(tilaus ${number}\\)`));
  expect(receipt.text).toContain('Tampere');
  await page.goto(`/account/orders/${number}`);
  await expect(page.getByText('Osittain palautettu').first()).toBeVisible();

  await jyvaskyla.context().close();
  await tampere.context().close();
});
