// The store as media: the owner writes a story with a product grid and an event card, previews
// and publishes it, and a shopper on a phone buys from inside the story. Event guests register
// (with a calendar file in the e-mail), the event fills up and the next guest is waitlisted, a
// cancellation moves them up, and staff check a guest in at the store.
import { devices, type Browser, type Page } from '@playwright/test';
import { storageState, uniqueEmail } from '../support/accounts';
import { query } from '../support/db';
import { linkIn, waitForEmail } from '../support/mail';
import { expect, expectAccessible, test } from '../support/test';

const phone: Partial<(typeof devices)['Pixel 7']> = { ...devices['Pixel 7'] };
delete phone.defaultBrowserType;

/** A product sold as one variant, with units on Jyväskylä's shelf. */
async function productInJyvaskyla() {
  const [product] = await query<{ slug: string; name_fi: string }>(
    `SELECT p.slug, p.name_fi FROM products p
     JOIN product_variants v ON v.product_id = p.id AND v.active
     JOIN stock_levels l ON l.variant_id = v.id
     JOIN stores s ON s.id = l.store_id AND s.slug = 'jyvaskyla'
     WHERE p.status = 'ACTIVE' AND NOT p.final_sale AND l.on_hand - l.reserved >= 3
       AND (SELECT count(*) FROM product_variants w WHERE w.product_id = p.id) = 1
     ORDER BY p.slug LIMIT 1`,
  );
  return product;
}

/** A phone-size page of a shopper who is not signed in; checked with axe like every page. */
async function shopperOnPhone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ ...phone });
  return context.newPage();
}

async function addBlock(page: Page, type: string) {
  await page.getByLabel('Lohkon laji').selectOption({ label: type });
  await page.getByRole('button', { name: 'Lisää lohko' }).click();
}

test.describe('the owner', () => {
  test.use({ storageState: storageState('owner') });

  test('writes, previews and publishes a story that a shopper buys from on a phone', async ({ page, browser }) => {
    const product = await productInJyvaskyla();
    const title = `Syksyn suosikit ${Date.now()}`;

    await page.goto('/admin/content');
    await page.getByRole('link', { name: 'Uusi tarina' }).click();
    await page.getByLabel('Otsikko').fill(title);
    await page.getByLabel('Tiivistelmä').fill('Kolme tuotetta, joihin tartumme itse joka syksy.');

    await addBlock(page, 'Teksti');
    const text = page.getByRole('region', { name: /Lohko 1: Teksti/ });
    await text.getByRole('textbox', { name: 'Teksti', exact: true }).fill('<p>Syksyllä kaivamme esiin <strong>lämpimät</strong> asiat.</p>');

    await addBlock(page, 'Tuoteruudukko');
    const grid = page.getByRole('region', { name: /Lohko 2: Tuoteruudukko/ });
    await grid.getByLabel('Ruudukon otsikko').fill('Poimi nämä');
    await grid.getByLabel('Hae tuotetta').fill(product.name_fi);
    await grid.getByRole('button', { name: `Valitse ${product.name_fi}` }).click();

    await addBlock(page, 'Tapahtumakortti');
    const eventCard = page.getByRole('region', { name: /Lohko 3: Tapahtumakortti/ });
    await eventCard.getByLabel('Tapahtuma').selectOption({ index: 1 });

    await page.getByRole('button', { name: 'Luo luonnos' }).click();
    await expect(page.getByText('Luonnos luotu.')).toBeVisible();
    await expect(page).toHaveURL(/\/admin\/content\/[0-9a-f-]{36}(\?|$)/);
    const [story] = await query<{ id: string; slug: string; status: string }>(`SELECT id, slug, status FROM contents WHERE title = $1`, [title]);
    expect(story.status).toBe('DRAFT');

    // A draft is not public.
    const shopper = await shopperOnPhone(browser);
    expect((await shopper.goto(`/tarinat/${story.slug}`))?.status()).toBe(404);

    // The owner's preview shows the page as readers will see it.
    await page.getByRole('link', { name: 'Esikatsele' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('heading', { name: product.name_fi })).toBeVisible();
    await expectAccessible(page);
    await page.goBack();

    await page.getByRole('button', { name: 'Julkaise nyt' }).click();
    await expect(page.getByText('Tila: Julkaistu')).toBeVisible();

    // A shopper reads the story on a phone and adds the product from inside it.
    await shopper.goto(`/tarinat/${story.slug}`);
    await expect(shopper.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(shopper.getByText('lämpimät')).toBeVisible();
    await expectAccessible(shopper);
    const card = shopper.getByRole('listitem').filter({ has: shopper.getByRole('heading', { name: product.name_fi }) });
    await expect(card.getByText(/Jyväskylä/).first()).toBeVisible();
    await card.getByRole('button', { name: 'Lisää ostoskoriin' }).click();
    await expect(shopper.getByText('Lisätty ostoskoriin.').first()).toBeVisible();
    await expect(shopper.getByRole('link', { name: 'Ostoskori, 1 tuote' })).toBeVisible();

    await shopper.goto('/checkout');
    const email = uniqueEmail('lukija');
    await shopper.getByLabel('Sähköposti').fill(email);
    await shopper.getByLabel('Nimi').fill('Lukija Ostaja');
    await shopper.getByRole('radio', { name: /Nouto myymälästä/ }).check();
    await shopper.getByRole('radio', { name: /Jyväskylä/ }).check();
    await shopper.getByRole('radio', { name: /Maksu noudettaessa/ }).check();
    await shopper.getByRole('checkbox', { name: /Hyväksyn/ }).check();
    await shopper.getByRole('button', { name: 'Lähetä tilaus' }).click();
    await expect(shopper).toHaveURL(/\/order\/\d+/);
    await expectAccessible(shopper);

    // The sale is counted for the story.
    const number = Number(shopper.url().match(/\/order\/(\d+)/)![1]);
    const lines = await query<{ slug: string; content_id: string | null }>(
      `SELECT p.slug, l.content_id FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN products p ON p.id = l.product_id WHERE o.number = $1`,
      [number],
    );
    expect(lines).toEqual([{ slug: product.slug, content_id: story.id }]);
    await shopper.context().close();
  });
});

test.describe('an English reader on a phone', () => {
  test.use({ ...phone });

  test('adds a product from a story and is answered in English', async ({ page }) => {
    const [story] = await query<{ slug: string }>(
      `SELECT slug FROM contents WHERE locale = 'en' AND type = 'STORY' AND status = 'PUBLISHED' AND body::text LIKE '%productGrid%' ORDER BY published_at DESC LIMIT 1`,
    );
    await page.goto(`/en/stories/${story.slug}`);
    await page.getByRole('button', { name: 'Add to cart' }).first().click();
    await expect(page.getByText('Added to cart.').first()).toBeVisible();
    await expect(page.getByRole('link', { name: /Cart, 1 item/ })).toBeVisible();
  });
});

test.describe('event guests and staff', () => {
  test.use({ ...phone });

  test('register with a calendar file, the full event waitlists, a cancellation promotes, staff check the guest in', async ({ page, browser }) => {
    const [event] = await query<{ slug: string; title: string; capacity: number }>(
      `SELECT c.slug, c.title, e.capacity FROM contents c JOIN events e ON e.id = c.event_id JOIN stores s ON s.id = e.store_id
       WHERE c.locale = 'fi' AND c.status = 'PUBLISHED' AND s.slug = 'jyvaskyla' AND e.starts_at > now() ORDER BY e.starts_at LIMIT 1`,
    );
    const guests = [uniqueEmail('vieras-a'), uniqueEmail('vieras-b'), uniqueEmail('vieras-c')];
    const register = async (name: string, email: string, seats: number) => {
      await page.goto(`/tapahtumat/${event.slug}`);
      await expect(page.getByRole('heading', { level: 1, name: event.title })).toBeVisible();
      await page.getByLabel('Nimi').fill(name);
      await page.getByLabel('Sähköposti').fill(email);
      await page.getByLabel('Paikkoja').fill(String(seats));
      await page.getByRole('button', { name: /Ilmoittaudu/ }).click();
    };

    // Two parties fill the event (at most 10 seats per registration).
    expect(event.capacity).toBeLessThanOrEqual(20);
    await register('Aino Alanen', guests[0], Math.ceil(event.capacity / 2));
    await expect(page.getByText(`Ilmoittautuminen vahvistettu! Lähetimme vahvistuksen osoitteeseen ${guests[0]}.`)).toBeVisible();
    const confirmation = await waitForEmail(guests[0], /Ilmoittautuminen vahvistettu/);
    const ics = confirmation.attachments.find((a) => a.filename.endsWith('.ics'));
    expect(ics?.contentType).toMatch(/text\/calendar/);
    expect(ics?.content).toContain('BEGIN:VCALENDAR');
    expect(ics?.content).toContain('BEGIN:VEVENT');
    expect(ics?.content).toMatch(/DTSTART:\d{8}T\d{6}Z/);

    await register('Bertta Berg', guests[1], Math.floor(event.capacity / 2));
    await expect(page.getByText(/Ilmoittautuminen vahvistettu!/)).toBeVisible();

    // Full: the next guest is waitlisted, and told so.
    await page.goto(`/tapahtumat/${event.slug}`);
    await expect(page.getByText(/Tapahtuma on täynnä/).first()).toBeVisible();
    await register('Cecilia Carlsson', guests[2], 1);
    await expect(page.getByText(/olet jonossa/)).toBeVisible();
    await waitForEmail(guests[2], /Olet jonossa/);

    // The first guest cancels with the e-mail's link; the waitlisted guest gets the place.
    await page.goto(linkIn(confirmation, '/event-registration/'));
    await page.getByRole('button', { name: 'Peru ilmoittautumiseni' }).click();
    await page.getByRole('button', { name: 'Kyllä, peru' }).click();
    await expect(page.getByText(/Ilmoittautumisesi on peruttu/)).toBeVisible();
    const promoted = await waitForEmail(guests[2], /Sait paikan/);
    expect(promoted.attachments.some((a) => a.filename.endsWith('.ics'))).toBe(true);

    // At the door, Jyväskylä's staff find the guest by name and mark them arrived.
    const staff = await browser.newContext({ storageState: storageState('staff') });
    const door = await staff.newPage();
    await door.goto('/store/events');
    await door.getByRole('link', { name: new RegExp(event.title) }).first().click();
    await door.getByLabel('Hae nimellä tai sähköpostilla').fill('Cecilia');
    await door.getByRole('button', { name: 'Saapui: Cecilia Carlsson' }).click();
    await expect(door.getByText('Merkitty saapuneeksi.')).toBeVisible();
    await expectAccessible(door);
    const [arrived] = await query<{ checked_in_at: Date | null }>(`SELECT checked_in_at FROM event_registrations WHERE email = $1`, [guests[2]]);
    expect(arrived.checked_in_at).not.toBeNull();
    await staff.close();
  });
});
