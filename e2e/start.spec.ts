// `npm start` as a shopkeeper runs it: the shop comes up on its embedded PostgreSQL, Ctrl-C stops
// the app and the database, and the next start finds the data where it was.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { uniqueEmail } from './support/accounts';
import { expect, test } from './support/test';

const PORT = 3201;
const PG_PORT = 54349;
const base = `http://localhost:${PORT}`;

function npmStart(dataDir: string): ChildProcess {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(PORT), EMBEDDED_PG_PORT: String(PG_PORT) };
  delete env.DATABASE_URL;
  delete env.NEXTAUTH_URL;
  // A process group of its own, so that "Ctrl-C" reaches npm and everything it started.
  return spawn('npm', ['start'], { env, detached: true, stdio: 'ignore' });
}

function ctrlC(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
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
    await expect(page).toHaveURL(/\/account$/);
    await context.close();

    expect(await ctrlC(first)).not.toBeNull();
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
