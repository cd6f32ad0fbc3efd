// Health for load balancers (issue 13, item 7): liveness never asks the database; readiness (and
// /api/health) asks for what a request needs, a new connection, and flips to 503 and back while
// the app keeps running. The reported failure: PostgreSQL refused new connections, a pooled one
// stayed open, and the old check (SELECT 1 over the pool) said "ok" while pages failed.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { GET as health } from '@/app/api/health/route';
import { GET as live } from '@/app/api/health/live/route';
import { GET as ready } from '@/app/api/health/ready/route';
import { prisma } from '@/lib/db';
import { startEmbeddedDatabase, type Database } from '../../scripts/database';
import { freePort } from '../support/free-port';
import { withDatabase } from '../support/global-setup';
import { testDatabaseUrl } from '../support/test-database';

type AppClient = { $disconnect: () => Promise<void> };
const globals = globalThis as { prisma?: AppClient };
/** The client lib/db.ts serves now (read afresh: the tests below replace it). */
const appClient = (): AppClient | undefined => globals.prisma;

/** Calls `route` until it answers `status`; returns how long that took (fails after `withinMs`). */
async function answersWithin(route: () => Response | Promise<Response>, status: number, withinMs = 5_000): Promise<number> {
  const started = Date.now();
  let last = 0;
  while (Date.now() - started < withinMs) {
    last = (await route()).status;
    if (last === status) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`still ${last} after ${withinMs} ms, expected ${status}`);
}

async function onServer(sql: string) {
  const admin = new pg.Client({ connectionString: withDatabase(inject('databaseServerUrl'), 'postgres') });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

afterEach(() => {
  process.env.DATABASE_URL = testDatabaseUrl;
});

describe('GET /api/health, /api/health/ready and /api/health/live', () => {
  it('are 200 with db ok when the database answers', async () => {
    for (const route of [health, ready]) {
      const response = await route();
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.json()).toEqual({ status: 'ok', db: 'ok', version: expect.any(String) });
    }
    const response = live();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', version: expect.any(String) });
  });

  it('readiness is 503 with db down when nothing listens; liveness stays 200', async () => {
    process.env.DATABASE_URL = `postgresql://nobody:nothing@127.0.0.1:${await freePort()}/none`;
    for (const route of [health, ready]) {
      const response = await route();
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'degraded', db: 'down', version: expect.any(String) });
    }
    expect(live().status).toBe(200);
  });

  it('readiness gives up after about 2 s on a server that accepts but never answers', async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      process.env.DATABASE_URL = `postgresql://nobody:nothing@127.0.0.1:${(silent.address() as net.AddressInfo).port}/none`;
      const started = Date.now();
      expect((await ready()).status).toBe(503);
      expect(Date.now() - started).toBeGreaterThanOrEqual(1_900);
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('tells the truth while a pooled connection stays open and the database refuses new ones', async () => {
    const name = new URL(testDatabaseUrl).pathname.slice(1);
    await prisma.$queryRaw`SELECT 1`; // the pool now holds an open connection
    await onServer(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
    try {
      // The old check's answer: the pooled connection still works ...
      await expect(prisma.$queryRaw`SELECT 1 AS one`).resolves.toEqual([{ one: 1 }]);
      // ... while a new one is refused, and readiness says so.
      expect(await answersWithin(ready, 503)).toBeLessThan(5_000);
      const response = await health();
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ db: 'down' });
      expect(live().status).toBe(200);
    } finally {
      await onServer(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);
    }
    expect(await answersWithin(ready, 200)).toBeLessThan(5_000);
    expect((await health()).status).toBe(200);
  });
});

describe('when PostgreSQL stops and comes back', () => {
  it('readiness is 503 within 5 s, 200 within 5 s of its return, and the same Prisma pool serves again', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'digijalka-health-pg-'));
    chmodSync(dir, 0o777); // the embedded server runs as the `postgres` user
    const options = { dataDir: path.join(dir, 'data'), port: await freePort(), database: 'health' };
    let server: Database | undefined = await startEmbeddedDatabase(options);
    const appDatabase = globals.prisma;
    process.env.DATABASE_URL = server.url;
    delete globals.prisma; // lib/db.ts creates the app's client for this server on first use
    try {
      await expect(prisma.$queryRaw`SELECT 1 AS one`).resolves.toEqual([{ one: 1 }]);
      const client = appClient();
      expect((await ready()).status).toBe(200);

      await server.stop();
      server = undefined;
      const down = await answersWithin(ready, 503);
      expect(down).toBeLessThan(5_000);
      expect((await health()).status).toBe(503);
      expect(live().status).toBe(200);
      await expect(prisma.$queryRaw`SELECT 1`).rejects.toThrow(); // what product pages saw: errors

      server = await startEmbeddedDatabase(options);
      const up = await answersWithin(ready, 200);
      expect(up).toBeLessThan(5_000);
      expect((await health()).status).toBe(200);
      // No restart: the app's own client, the same object, answers again.
      await expect(prisma.$queryRaw`SELECT 2 AS two`).resolves.toEqual([{ two: 2 }]);
      expect(appClient()).toBe(client);
    } finally {
      await appClient()?.$disconnect();
      globals.prisma = appDatabase;
      process.env.DATABASE_URL = testDatabaseUrl;
      await server?.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
