// `npm start` as a shopkeeper runs it: the shop comes up on its embedded PostgreSQL, Ctrl-C stops
// the app and the database, and the next start finds the data where it was.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import pg from 'pg';
import { createDatabaseIfMissing, startEmbeddedDatabase } from '../scripts/database';
import { uniqueEmail } from './support/accounts';
import { expect, test } from './support/test';

const PORT = 3201;
const PG_PORT = 54349;
const base = `http://localhost:${PORT}`;

function npmStart(dataDir: string, databaseUrl?: string): ChildProcess {
  // The browser tests' build is reused (building again would only make the test slower).
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(PORT), EMBEDDED_PG_PORT: String(PG_PORT), NEXT_DIST_DIR: '.next-e2e' };
  delete env.DATABASE_URL;
  delete env.NEXTAUTH_URL;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  // A process group of its own, so that "Ctrl-C" reaches npm and everything it started.
  return spawn('npm', ['start'], { env, detached: true, stdio: 'ignore' });
}

/** Sends Ctrl-C to the process group and resolves when npm has exited. */
function ctrlC(child: ChildProcess): Promise<void> {
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(-child.pid!, 'SIGINT');
  return exited;
}

function portIsOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

async function waitUntilHealthy() {
  await expect
    .poll(async () => (await fetch(`${base}/api/health`).catch(() => null))?.status, { timeout: 120_000, intervals: [1000] })
    .toBe(200);
}

test('npm start serves the shop, Ctrl-C stops it and its database, and a restart keeps the data', async ({ browser }) => {
  test.setTimeout(300_000);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'digijalka-start-'));
  chmodSync(dataDir, 0o777);
  const email = uniqueEmail('pysyva');
  try {
    const first = npmStart(dataDir);
    await waitUntilHealthy();
    expect(await (await fetch(`${base}/api/health`)).json()).toMatchObject({ status: 'ok', db: 'ok' });
    expect(await (await fetch(`${base}/`)).text()).toContain('<html lang="fi"');
    expect(await (await fetch(`${base}/en`)).text()).toContain('<html lang="en"');

    const context = await browser.newContext({ baseURL: base });
    const page = await context.newPage();
    await page.goto('/signup');
    await page.getByLabel('Nimi').fill('Pysyvä Asiakas');
    await page.getByLabel('Sähköposti').fill(email);
    await page.getByLabel('Salasana').fill('pysyva-salasana');
    await page.getByRole('button', { name: 'Luo tili' }).click();
    // Without SMTP_URL the e-mail that finishes the sign-up lands in the data folder's outbox.
    const outbox = path.join(dataDir, 'outbox');
    let link: string | undefined;
    await expect
      .poll(async () => {
        const files = existsSync(outbox) ? readdirSync(outbox).filter((f) => f.endsWith('.eml')) : [];
        const texts = await Promise.all(files.map(async (f) => (await simpleParser(readFileSync(path.join(outbox, f)))).text ?? ''));
        link = texts.join('\n').match(/https?:\/\/\S*\/signup\/confirm\?token=\S+/)?.[0];
        return Boolean(link);
      }, { timeout: 15_000 })
      .toBe(true);
    await page.goto(link!.replace(/^https?:\/\/[^/]+/, ''));
    await page.getByLabel('Salasana').fill('pysyva-salasana');
    await page.getByRole('button', { name: 'Luo tili' }).click();
    await expect(page).toHaveURL(/\/account$/);
    await context.close();

    await ctrlC(first);
    expect(await portIsOpen(PORT)).toBe(false);
    expect(await portIsOpen(PG_PORT)).toBe(false);
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);

    const second = npmStart(dataDir);
    await waitUntilHealthy();
    const again = await browser.newContext({ baseURL: base });
    const page2 = await again.newPage();
    await page2.goto('/signin');
    await page2.getByLabel('Sähköposti').first().fill(email);
    await page2.getByLabel('Salasana').fill('pysyva-salasana');
    await page2.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
    await expect(page2).toHaveURL(/\/account$/);
    await again.close();
    await ctrlC(second);
    expect(await portIsOpen(PG_PORT)).toBe(false);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

// CI runs this against a PostgreSQL 15 server it starts by hand (TEST_DATABASE_URL); elsewhere a
// separately started server stands in for it.
test('npm start with DATABASE_URL migrates and seeds an empty database on that server', async () => {
  test.setTimeout(300_000);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'digijalka-external-'));
  chmodSync(dataDir, 0o777);
  let stopServer = async () => {};
  let url: string;
  if (process.env.TEST_DATABASE_URL) {
    const target = new URL(process.env.TEST_DATABASE_URL);
    target.pathname = `/digijalka_start_${Date.now()}`;
    url = target.toString();
    await createDatabaseIfMissing(url);
  } else {
    const server = await startEmbeddedDatabase({ dataDir: path.join(dataDir, 'server'), port: PG_PORT + 1, database: 'shop' });
    url = server.url;
    stopServer = server.stop;
  }
  try {
    const app = npmStart(dataDir, url);
    await waitUntilHealthy();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const counts = await client.query(
      'SELECT (SELECT count(*) FROM _migrations)::int AS migrations, (SELECT count(*) FROM stores)::int AS stores, (SELECT count(*) FROM products)::int AS products',
    );
    await client.end();
    expect(counts.rows[0].migrations).toBeGreaterThanOrEqual(2);
    expect(counts.rows[0].stores).toBe(3);
    expect(counts.rows[0].products).toBeGreaterThanOrEqual(50);
    // No embedded server was started for this app.
    expect(existsSync(path.join(dataDir, 'postgres'))).toBe(false);
    await ctrlC(app);
    expect(await portIsOpen(PORT)).toBe(false);
  } finally {
    await stopServer();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
