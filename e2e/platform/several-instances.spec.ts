// The shop on several machines: two app instances on one PostgreSQL database, their page and
// data cache in a real Redis, behind a real HAProxy. What one instance changes, the other shows
// at once; a shopper's session and cart work on either; the sign-in limit counts on both; and a
// background job's e-mail is sent once although both instances run the jobs.
import { mkdtempSync, readdirSync, rmSync, chmodSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createPrismaClient } from '../../lib/db';
import { seedDemoShop } from '../../prisma/seed';
import { authSecret } from '../../scripts/app-env';
import { createDatabaseIfMissing, startEmbeddedDatabase } from '../../scripts/database';
import { migrate } from '../../scripts/migrate';
import { startMailCatcher } from '../../tests/support/mail-catcher';
import { accounts } from '../support/accounts';
import { startAppInstance, startHaproxy, startRedis, type Service } from '../support/instances';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/test';

test.describe.configure({ mode: 'serial' });
test.setTimeout(240_000);

let databaseUrl: string;
let a: Service;
let b: Service;
let balancer: Service;
let mailDir: string;
const stops: (() => Promise<void>)[] = [];

const at = (instance: Service, address: string) => `http://localhost:${instance.port}${address}`;

async function sql<T extends pg.QueryResultRow>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

async function signIn(page: Page, base: string, account: { email: string; password: string }) {
  await page.goto(`${base}/signin`);
  await page.getByLabel('Sähköposti').first().fill(account.email);
  await page.getByLabel('Salasana').fill(account.password);
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await expect(page).toHaveURL(/\/account$/);
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'digijalka-instances-'));
  chmodSync(tmp, 0o777);
  stops.push(async () => rmSync(tmp, { recursive: true, force: true }));
  if (process.env.TEST_DATABASE_URL) {
    const target = new URL(process.env.TEST_DATABASE_URL);
    target.pathname = `/digijalka_instances_${Date.now()}`;
    databaseUrl = target.toString();
    await createDatabaseIfMissing(databaseUrl);
  } else {
    const db = await startEmbeddedDatabase({ dataDir: path.join(tmp, 'pg'), port: 54379 });
    databaseUrl = db.url;
    stops.push(db.stop);
  }
  await migrate(databaseUrl);
  const prisma = createPrismaClient(databaseUrl);
  await seedDemoShop(prisma, { demoPasswords: true });
  await prisma.$disconnect();

  mailDir = path.join(tmp, 'mail');
  const mail = await startMailCatcher(mailDir);
  stops.push(mail.stop);
  const redis = await startRedis();
  stops.push(redis.stop);

  // Both instances run the background jobs, as two machines would.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: `redis://127.0.0.1:${redis.port}`,
    NEXTAUTH_SECRET: authSecret(),
    NEXT_DIST_DIR: '.next-e2e',
    SMTP_URL: `smtp://127.0.0.1:${mail.port}`,
    JOBS_IN_APP: 'true',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  delete env.STRIPE_SECRET_KEY;
  a = await startAppInstance(env);
  stops.push(a.stop);
  b = await startAppInstance(env);
  stops.push(b.stop);
  balancer = await startHaproxy([a.port, b.port]);
  stops.push(balancer.stop);
});

test.afterAll(async () => {
  for (const stop of stops.reverse()) await stop().catch(() => {});
});

test('a price changed through one instance shows on the other one’s cached product page within a second', async ({ browser }) => {
  const [product] = await sql<{ id: string; slug: string; price_cents: number }>(
    `SELECT p.id, p.slug, v.price_cents FROM products p JOIN product_variants v ON v.product_id = p.id
      WHERE p.status = 'ACTIVE' AND v.position = (SELECT min(position) FROM product_variants WHERE product_id = p.id)
      ORDER BY p.slug LIMIT 1`,
  );
  const euros = (cents: number) => new Intl.NumberFormat('fi-FI', { style: 'currency', currency: 'EUR' }).format(cents / 100);
  const newCents = product.price_cents + 137;
  // B renders the page once and keeps it in the shared cache.
  const before = await (await fetch(at(b, `/product/${product.slug}`))).text();
  expect(before).toContain(euros(product.price_cents));
  expect(before).not.toContain(euros(newCents));

  const context = await browser.newContext();
  const owner = await context.newPage();
  await signIn(owner, at(a, ''), accounts.owner);
  await owner.goto(at(a, `/admin/products/${product.id}`));
  await owner
    .getByRole('group', { name: 'Versio 1' })
    .getByRole('textbox', { name: /^Hinta \(€\)/ })
    .fill((newCents / 100).toFixed(2).replace('.', ','));
  await owner.getByRole('button', { name: 'Tallenna muutokset' }).click();
  await expect(owner.getByText(/Muutokset tallennettiin\./)).toBeVisible();

  await expect
    .poll(async () => (await (await fetch(at(b, `/product/${product.slug}`))).text()).includes(euros(newCents)), {
      timeout: 1_000,
      intervals: [100],
    })
    .toBe(true);
  await context.close();
});

test('a story published through one instance appears in the other one’s story index', async ({ browser }) => {
  const title = `Kahden koneen tarina ${Date.now()}`;
  expect(await (await fetch(at(b, '/tarinat'))).text()).not.toContain(title);

  const context = await browser.newContext();
  const owner = await context.newPage();
  await signIn(owner, at(a, ''), accounts.owner);
  await owner.goto(at(a, '/admin/content'));
  await owner.getByRole('link', { name: 'Uusi tarina' }).click();
  await owner.getByLabel('Otsikko').fill(title);
  await owner.getByLabel('Tiivistelmä').fill('Julkaistu yhdellä koneella, luettu toisella.');
  await owner.getByLabel('Lohkon laji').selectOption({ label: 'Teksti' });
  await owner.getByRole('button', { name: 'Lisää lohko' }).click();
  await owner
    .getByRole('region', { name: /Lohko 1: Teksti/ })
    .getByRole('textbox', { name: 'Teksti', exact: true })
    .fill('<p>Sama tarina joka koneella.</p>');
  await owner.getByRole('button', { name: 'Luo luonnos' }).click();
  await expect(owner.getByText('Luonnos luotu.')).toBeVisible();
  await owner.getByRole('button', { name: 'Julkaise nyt' }).click();
  await expect(owner.getByText('Tila: Julkaistu')).toBeVisible();

  await expect
    .poll(async () => (await (await fetch(at(b, '/tarinat'))).text()).includes(title), { timeout: 1_000, intervals: [100] })
    .toBe(true);
  await context.close();
});

test('a sign-in on one instance is valid on the other, and the cart follows the shopper', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, at(a, ''), accounts.customer);
  // Cookies belong to the host, not the port: the same browser now asks the other instance.
  await page.goto(at(b, '/account'));
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const [product] = await sql<{ slug: string; name_fi: string }>(
    `SELECT p.slug, p.name_fi FROM products p JOIN product_variants v ON v.product_id = p.id
       JOIN stock_levels l ON l.variant_id = v.id
      WHERE p.status = 'ACTIVE' AND l.on_hand - l.reserved > 0
      GROUP BY p.id HAVING count(DISTINCT v.id) = 1 ORDER BY p.slug LIMIT 1`,
  );
  await page.goto(at(a, `/product/${product.slug}`));
  await page.getByRole('button', { name: 'Lisää ostoskoriin' }).click();
  await expect(page.getByText('Lisätty ostoskoriin.').first()).toBeVisible();
  await page.goto(at(b, '/cart'));
  await expect(page.getByRole('link', { name: product.name_fi }).first()).toBeVisible();
  await context.close();
});

test('failed sign-ins are counted on both instances together', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = accounts.staffTampere.email;
  // Ten wrong passwords, every other one through each instance: the account's limit is ten.
  for (let attempt = 0; attempt < 10; attempt++) {
    await page.goto(at(attempt % 2 === 0 ? a : b, '/signin'));
    await page.getByLabel('Sähköposti').first().fill(email);
    await page.getByLabel('Salasana').fill(`vaara-${attempt}`);
    await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
    await expect(page.getByText('Sähköposti tai salasana on väärin.')).toBeVisible();
  }
  const failures = await sql<{ count: number }>('SELECT count(*)::int AS count FROM sign_in_failures WHERE email = $1', [email]);
  expect(failures[0].count).toBe(10);
  // Now even the right password is refused, on either instance.
  await page.goto(at(a, '/signin'));
  await page.getByLabel('Sähköposti').first().fill(email);
  await page.getByLabel('Salasana').fill(accounts.staffTampere.password);
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await expect(page.getByText(/Liian monta epäonnistunutta kirjautumisyritystä/)).toBeVisible();
  await expect(page).not.toHaveURL(/\/account$/);
  await context.close();
});

test('an order placed through the load balancer gets one confirmation e-mail, though both instances run the jobs', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const base = at(balancer, '');
  const email = `kaksi-konetta-${Date.now()}@example.com`;
  const [product] = await sql<{ slug: string }>(
    `SELECT p.slug FROM products p JOIN product_variants v ON v.product_id = p.id
       JOIN stock_levels l ON l.variant_id = v.id JOIN stores s ON s.id = l.store_id AND s.slug = 'jyvaskyla'
      WHERE p.status = 'ACTIVE' AND l.on_hand - l.reserved > 0
      GROUP BY p.id HAVING count(DISTINCT v.id) = 1 ORDER BY p.slug DESC LIMIT 1`,
  );
  await page.goto(`${base}/product/${product.slug}`);
  await page.getByRole('button', { name: 'Lisää ostoskoriin' }).click();
  await expect(page.getByText('Lisätty ostoskoriin.').first()).toBeVisible();
  await page.goto(`${base}/checkout`);
  await page.getByLabel('Sähköposti').fill(email);
  await page.getByLabel('Nimi').fill('Kahden Koneen Asiakas');
  await page.getByRole('radio', { name: /Nouto myymälästä/ }).check();
  await page.getByRole('radio', { name: /Jyväskylä/ }).check();
  await page.getByRole('checkbox', { name: /Hyväksyn/ }).check();
  await page.getByRole('button', { name: 'Lähetä tilaus' }).click();
  await expect(page).toHaveURL(/\/order\/\d+/);

  const mailsTo = () => readdirSync(mailDir).filter((name) => name.includes(email.replace(/[^a-z0-9@._+-]/gi, '_')));
  await expect.poll(() => mailsTo().length, { timeout: 90_000, intervals: [1_000] }).toBeGreaterThanOrEqual(1);
  // Both instances' jobs have had time to pick it up again (the sweep runs every minute).
  await page.waitForTimeout(65_000);
  expect(mailsTo()).toHaveLength(1);
  const [outbox] = await sql<{ count: number }>(`SELECT count(*)::int AS count FROM outbox_messages WHERE to_email = $1`, [email]);
  expect(outbox.count).toBe(1);
  await context.close();
});
