// `npm start` when things go wrong (issue 13, item 6): a server process killed with -9 is
// replaced; one killed three times within a minute stops everything (non-zero exit, PostgreSQL
// stopped) and the next start serves; a start process killed with -9 leaves its PostgreSQL
// running, and the next start stops that one and serves; SIGTERM while shoppers place orders
// answers every request the shop had accepted and loses no order.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { actionId, callAction, type ActionCall } from '../../bench/server-action';
import { startEmbeddedDatabase } from '../../scripts/database';
import { expect, test } from '../support/test';

const PORT = 3211;
const PG_PORT = 54359;
const DIST_DIR = '.next-e2e';
const base = `http://localhost:${PORT}`;
// The embedded server's credentials (scripts/database.ts) and the shop's database on it.
const databaseUrl = `postgresql://postgres:digijalka@127.0.0.1:${PG_PORT}/digijalka`;

type Exit = { code: number | null; signal: NodeJS.Signals | null };
type Started = { child: ChildProcess; pid: number; exited: Promise<Exit>; exit?: Exit; output: string[] };
type Proc = { pid: number; ppid: number; pgid: number; state: string; args: string };

let dataDir = '';
let started: Started[] = [];

test.beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'digijalka-resilience-'));
  chmodSync(dataDir, 0o777);
  started = [];
});

test.afterEach(async () => {
  const testInfo = test.info();
  for (const app of started) {
    if (testInfo.status !== testInfo.expectedStatus) {
      const file = testInfo.outputPath(`npm-start-${app.pid}.log`);
      writeFileSync(file, app.output.join(''));
      await testInfo.attach(`npm start ${app.pid}`, { path: file, contentType: 'text/plain' });
    }
    await cleanUp(app);
  }
  rmSync(dataDir, { recursive: true, force: true });
});

/** `npm start` on the test's data folder, in a process group of its own. */
function npmStart(extraEnv: Record<string, string> = {}): Started {
  // The browser tests' build is reused (building again would only make the test slower).
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(PORT),
    EMBEDDED_PG_PORT: String(PG_PORT),
    NEXT_DIST_DIR: DIST_DIR,
    ...extraEnv,
  };
  delete env.DATABASE_URL;
  delete env.NEXTAUTH_URL;
  const child = spawn('npm', ['start'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const app: Started = { child, pid: child.pid!, exited: Promise.resolve({ code: null, signal: null }), output: [] };
  app.exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => {
      app.exit = { code, signal };
      resolve(app.exit);
    }),
  );
  child.stdout!.on('data', (chunk) => app.output.push(String(chunk)));
  child.stderr!.on('data', (chunk) => app.output.push(String(chunk)));
  started.push(app);
  return app;
}

/** Every process now running (zombies left out): one snapshot of `ps`. */
function processes(): Proc[] {
  const lines = execFileSync('ps', ['-eo', 'pid=,ppid=,pgid=,stat=,args='], { encoding: 'utf8' }).split('\n');
  return lines.flatMap((line) => {
    const match = line.trim().match(/^(\d+)\s+(\d+)\s+(\d+)\s+(\S+)\s+(.*)$/);
    if (!match || match[4].startsWith('Z')) return [];
    return [{ pid: Number(match[1]), ppid: Number(match[2]), pgid: Number(match[3]), state: match[4], args: match[5] }];
  });
}

/** The processes below `root` in the process tree. */
function descendants(root: number): Proc[] {
  const all = processes();
  const found: Proc[] = [];
  const parents = [root];
  while (parents.length) {
    const parent = parents.pop()!;
    for (const child of all.filter((p) => p.ppid === parent)) {
      found.push(child);
      parents.push(child.pid);
    }
  }
  return found;
}

const isWebWorker = (p: Proc) => /scripts\/web-worker\.mjs/.test(p.args);

/** The Next.js server processes of a running `npm start`. */
function webWorkers(app: Started): number[] {
  return descendants(app.pid).filter(isWebWorker).map((p) => p.pid).sort();
}

/** Server processes that started in `app`'s process group, wherever they are in the tree now. */
function webWorkersInGroup(app: Started): number[] {
  return processes().filter((p) => p.pgid === app.pid && isWebWorker(p)).map((p) => p.pid);
}

const isRunning = (pid: number) => processes().some((p) => p.pid === pid);

/** The PostgreSQL server's pid from its lock file in the data folder (0 without one). */
function postmasterPid(): number {
  const file = path.join(dataDir, 'postgres', 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : 0;
}

function portIsOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

async function health(): Promise<number | null> {
  const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5_000) }).catch(() => null);
  await response?.body?.cancel();
  return response?.status ?? null;
}

/** What listens on the test's ports, for the message of a start that could not take them. */
function listeners(): string {
  const lines = execFileSync('ss', ['-ltnpH'], { encoding: 'utf8' }).split('\n');
  return lines.filter((line) => line.includes(`:${PORT} `) || line.includes(`:${PG_PORT} `)).join('\n') || 'nothing';
}

/** Waits for the shop to answer /api/health 200 after a start (which may build the app first). */
async function waitUntilServing(app: Started) {
  await expect
    .poll(async () => {
      if (app.exit) {
        throw new Error(`npm start exited (${JSON.stringify(app.exit)}):\n${app.output.join('')}\nListening on the ports: ${listeners()}`);
      }
      return health();
    }, { timeout: 480_000, intervals: [500] })
    .toBe(200);
  // Served by this start's own server processes, not by anything else on the port.
  expect(webWorkers(app).length).toBeGreaterThan(0);
}

async function exitWithin(app: Started, ms: number, what: string): Promise<Exit> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`npm start did not exit within ${ms / 1000} s ${what}`)), ms);
  });
  try {
    return await Promise.race([app.exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Whatever a test left behind: Ctrl-C to the process group, then SIGKILL to what stays. */
async function cleanUp(app: Started) {
  const ours = (p: Proc) => p.pgid === app.pid && /npm start|scripts\/start\.ts|web-worker\.mjs|postgres/.test(p.args);
  if (processes().some(ours)) {
    try {
      process.kill(-app.pid, 'SIGINT');
    } catch {}
    for (let waited = 0; waited < 40_000 && processes().some(ours); waited += 250) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    for (const p of processes().filter(ours)) {
      try {
        process.kill(p.pid, 'SIGKILL');
      } catch {}
    }
  }
}

async function expectDatabaseStopped() {
  expect(await portIsOpen(PG_PORT), 'PostgreSQL still listens').toBe(false);
  expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid')), 'postmaster.pid left behind').toBe(false);
}

test('a Next.js server process killed with -9 is replaced: /api/health answers 200 again within 10 s from a new process', async () => {
  test.setTimeout(600_000);
  // One server process, so that every answer after the kill comes from its replacement.
  const app = npmStart({ WEB_CONCURRENCY: '1' });
  await waitUntilServing(app);
  const before = webWorkers(app);
  expect(before).toHaveLength(1);

  process.kill(before[0], 'SIGKILL');
  await expect.poll(health, { timeout: 10_000, intervals: [250] }).toBe(200);
  expect(isRunning(before[0])).toBe(false);
  const after = webWorkers(app);
  expect(after).toHaveLength(1);
  expect(after[0]).not.toBe(before[0]);
  expect(app.exit).toBeUndefined();

  process.kill(app.pid, 'SIGTERM');
  expect(await exitWithin(app, 60_000, 'after SIGTERM')).toEqual({ code: 0, signal: null });
  await expectDatabaseStopped();
});

test('server processes killed three times within a minute stop npm start (non-zero, PostgreSQL stopped); the next start serves and stops with 0', async () => {
  test.setTimeout(600_000);
  const app = npmStart({ WEB_CONCURRENCY: '1' });
  await waitUntilServing(app);

  const windowStarted = Date.now();
  let killed: number[] = [];
  for (let kill = 1; kill <= 3; kill++) {
    // The current server process(es): the first ones, or the replacements of those killed.
    await expect.poll(() => webWorkers(app).filter((pid) => !killed.includes(pid)).length, { timeout: 10_000 }).toBeGreaterThan(0);
    if (kill > 1) await expect.poll(health, { timeout: 10_000, intervals: [250] }).toBe(200);
    const current = webWorkers(app);
    for (const pid of current) process.kill(pid, 'SIGKILL');
    killed = current;
  }
  const lastKill = Date.now();
  expect(lastKill - windowStarted).toBeLessThan(60_000);

  const exit = await exitWithin(app, 10_000, 'after the third kill');
  expect(exit.signal).toBeNull();
  expect(exit.code).toBeGreaterThan(0);
  await expectDatabaseStopped();
  expect(await portIsOpen(PORT)).toBe(false);

  const again = npmStart({ WEB_CONCURRENCY: '1' });
  await waitUntilServing(again);
  process.kill(again.pid, 'SIGTERM');
  expect(await exitWithin(again, 60_000, 'after SIGTERM')).toEqual({ code: 0, signal: null });
  await expectDatabaseStopped();
});

test('the start process killed with -9: its server processes go, and the next start stops the PostgreSQL left running and serves', async () => {
  test.setTimeout(600_000);
  const app = npmStart({ WEB_CONCURRENCY: '2' });
  await waitUntilServing(app);

  // npm runs the script through `sh -c 'exec node …'`: the start process is npm's child, not npm.
  const startProcesses = descendants(app.pid).filter((p) => /scripts\/start\.ts/.test(p.args));
  expect(startProcesses).toHaveLength(1);
  const startProcess = startProcesses[0];
  expect(startProcess.ppid).toBe(app.pid);
  expect(startProcess.pid).not.toBe(app.pid);
  expect(webWorkers(app)).toHaveLength(2);
  expect(descendants(startProcess.pid).filter(isWebWorker)).toHaveLength(2);
  const leftPostgres = postmasterPid();
  expect(isRunning(leftPostgres)).toBe(true);

  process.kill(startProcess.pid, 'SIGKILL');
  // npm goes with its script; the orphaned server processes must not keep serving or hold the
  // port, or no new start could bind it.
  const exit = await exitWithin(app, 10_000, 'after its start process was killed');
  expect(exit.code).not.toBe(0);
  await expect.poll(() => webWorkersInGroup(app), { timeout: 10_000 }).toEqual([]);
  await expect.poll(() => portIsOpen(PORT), { timeout: 10_000 }).toBe(false);
  // Nothing stopped the PostgreSQL: it is still running, for the next start to deal with.
  expect(isRunning(leftPostgres)).toBe(true);
  expect(await portIsOpen(PG_PORT)).toBe(true);

  const again = npmStart({ WEB_CONCURRENCY: '1' });
  await waitUntilServing(again);
  expect(isRunning(leftPostgres)).toBe(false);
  expect(postmasterPid()).not.toBe(leftPostgres);
  expect(isRunning(postmasterPid())).toBe(true);
  process.kill(again.pid, 'SIGTERM');
  expect(await exitWithin(again, 60_000, 'after SIGTERM')).toEqual({ code: 0, signal: null });
  await expectDatabaseStopped();
});

type Outcome = {
  step: 'add' | 'place';
  email?: string;
  startedAt: number;
  endedAt: number;
  status?: number;
  ok?: boolean;
  error?: string;
};

// A process manager sends SIGTERM to `npm start`; a Ctrl-C in the terminal sends SIGINT to every
// process of the foreground group at once (npm, the servers, and PostgreSQL unless it runs in a
// group of its own: scripts/database.ts).
const stops = [
  { how: 'SIGTERM to npm start', stop: (pid: number) => process.kill(pid, 'SIGTERM') },
  { how: 'Ctrl-C in the terminal (SIGINT to the process group)', stop: (pid: number) => process.kill(-pid, 'SIGINT') },
];

for (const { how, stop } of stops) test(`${how} while 20 shoppers place orders: every accepted request is answered, npm exits 0, no confirmed order is lost`, async () => {
  test.setTimeout(600_000);
  // Twenty shoppers from 127.0.0.1, each keeping its cart cookie for every order: far over the
  // shop's limits on pay-at-pickup orders per network and per browser (pay-at-pickup-limits.ts).
  const app = npmStart({ WEB_CONCURRENCY: '2', PAY_AT_PICKUP_LIMIT_PER_NETWORK: '1000000', PAY_AT_PICKUP_LIMIT_PER_DEVICE: '1000000' });
  await waitUntilServing(app);

  // A product with plenty of stock at a pickup store for each shopper, so that none runs out.
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows: items } = await client
    .query<{ slug: string; variant_id: string; store_id: string }>(
      `SELECT DISTINCT ON (v.id) p.slug, v.id AS variant_id, s.id AS store_id
       FROM stock_levels l JOIN product_variants v ON v.id = l.variant_id AND v.active
       JOIN products p ON p.id = v.product_id JOIN stores s ON s.id = l.store_id
       WHERE s.pickup_enabled AND p.status = 'ACTIVE' AND l.on_hand - l.reserved >= 15
       ORDER BY v.id, l.on_hand DESC LIMIT 20`,
    )
    .finally(() => client.end());
  expect(items.length).toBeGreaterThan(0);

  const addId = actionId('lib/actions/add-to-cart.ts', 'addToCartAction', DIST_DIR);
  const placeId = actionId('lib/actions/place-order.ts', 'placeOrderAction', DIST_DIR);
  const outcomes: Outcome[] = [];

  /** One server action call, recorded; null when no answer came (the shopper then stops). */
  async function attempt(step: Outcome['step'], call: () => Promise<ActionCall>, email?: string): Promise<ActionCall | null> {
    const outcome: Outcome = { step, email, startedAt: Date.now(), endedAt: 0 };
    outcomes.push(outcome);
    try {
      const answer = await call();
      Object.assign(outcome, { endedAt: Date.now(), status: answer.status, ok: answer.ok });
      return answer;
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      outcome.endedAt = Date.now();
      outcome.error = cause?.code ?? cause?.message ?? String(error);
      return null;
    }
  }

  async function shop(shopper: number, rounds: number, tag: string) {
    const item = items[shopper % items.length];
    let cookie = '';
    for (let round = 0; round < rounds; round++) {
      const form = new FormData();
      form.set('variantId', item.variant_id);
      form.set('quantity', '1');
      const added = await attempt('add', () => callAction(`${base}/product/${item.slug}`, addId, [{ status: 'idle' }, form], cookie));
      if (!added) return;
      if (added.cookies.length > 0) cookie = added.cookies.join('; ');

      const email = `${tag}-${shopper}-${round}@example.com`;
      const order = new FormData();
      for (const [key, value] of Object.entries({
        email, name: 'Sulku Testaaja', phone: '0401234567',
        fulfilment: 'PICKUP', pickupStoreId: item.store_id, payment: 'PAY_AT_PICKUP', terms: 'on',
      })) order.set(key, value);
      if (!(await attempt('place', () => callAction(`${base}/checkout`, placeId, [{ status: 'idle' }, order], cookie), email))) return;
    }
  }

  // One order first, through both pages, so that the shoppers find a warm server.
  await shop(0, 1, 'warmup');
  expect(outcomes.map(({ step, status, ok }) => ({ step, status, ok }))).toEqual([
    { step: 'add', status: 200, ok: true },
    { step: 'place', status: 200, ok: true },
  ]);

  const shoppers = Promise.all(Array.from({ length: 20 }, (_, shopper) => shop(shopper, 1_000, 'stop')));
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const sigtermAt = Date.now();
  stop(app.pid);
  await shoppers; // each ends when the shop no longer takes its connection
  const exit = await exitWithin(app, 60_000, `after ${how}`);

  const answered = outcomes.filter((o) => o.status !== undefined);
  const serverErrors = answered.filter((o) => o.status! >= 500);
  const refused = outcomes.filter((o) => o.error === 'ECONNREFUSED');
  const cutOff = outcomes.filter((o) => o.error !== undefined && o.error !== 'ECONNREFUSED');
  const confirmed = answered.filter((o) => o.step === 'place' && o.ok).map((o) => o.email!);
  const confirmedWhileShopping = confirmed.filter((email) => email.startsWith('stop-'));
  const inFlightAtSigterm = answered.filter((o) => o.startedAt < sigtermAt && o.endedAt >= sigtermAt);
  test.info().annotations.push({
    type: 'requests',
    description: `${how}: ${answered.length} answered (${inFlightAtSigterm.length} of them in flight at the signal), ${refused.length} refused, ${confirmedWhileShopping.length} orders confirmed`,
  });

  expect(serverErrors, 'answers with a 5xx status').toEqual([]);
  // Every product had stock enough: any answer but a success is the shutdown's doing.
  expect(answered.filter((o) => !o.ok), 'answers that were not a success').toEqual([]);
  expect(cutOff, 'requests cut off without a complete answer').toEqual([]);
  // Refused only once the shop stopped listening, and by then every shopper was refused.
  expect(refused.filter((o) => o.startedAt < sigtermAt)).toEqual([]);
  expect(refused).toHaveLength(20);
  expect(confirmedWhileShopping.length).toBeGreaterThan(0);
  expect(inFlightAtSigterm.length).toBeGreaterThan(0);

  expect(exit).toEqual({ code: 0, signal: null });
  await expectDatabaseStopped();

  // Every order a shopper got a confirmation for is in the database.
  const db = await startEmbeddedDatabase({ dataDir: path.join(dataDir, 'postgres'), port: PG_PORT });
  try {
    const reader = new pg.Client({ connectionString: db.url });
    await reader.connect();
    const { rows } = await reader
      .query<{ email: string }>('SELECT email FROM orders WHERE email = ANY($1)', [confirmed])
      .finally(() => reader.end());
    const stored = new Set(rows.map((row) => row.email));
    expect(confirmed.filter((email) => !stored.has(email)), 'confirmed orders missing from the database').toEqual([]);
  } finally {
    await db.stop();
  }
});
