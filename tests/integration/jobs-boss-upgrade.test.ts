// pg-boss 12 refuses the schema pg-boss 10 left ("Cannot migrate pg-boss schema from version 24").
// A shop upgraded from pg-boss 10 must still start its jobs: the old schema is replaced, and the
// e-mails its jobs named are still in the outbox.
import '../support/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { startJobs, type RunningJobs } from '@/lib/jobs/start-jobs';

let jobs: RunningJobs | undefined;

beforeAll(async () => {
  delete process.env.SMTP_URL;
  // What pg-boss 10.4 leaves, as far as pg-boss 12 looks at it: its version table at schema 24.
  await prisma.$executeRawUnsafe('CREATE SCHEMA pgboss');
  await prisma.$executeRawUnsafe('CREATE TABLE pgboss.version (version int PRIMARY KEY, maintained_on timestamptz, cron_on timestamptz, monitored_on timestamptz)');
  await prisma.$executeRawUnsafe('INSERT INTO pgboss.version (version) VALUES (24)');
  await prisma.$executeRawUnsafe('CREATE TABLE pgboss.job (id uuid PRIMARY KEY, name text)');
});

afterAll(async () => {
  await jobs?.stop();
});

describe('background jobs on a database that pg-boss 10 used', () => {
  it('start, on a schema of their own version, and take jobs', async () => {
    jobs = await startJobs({ work: true });

    const [{ version }] = await prisma.$queryRaw<{ version: number }[]>`SELECT version FROM pgboss.version`;
    expect(version).toBeGreaterThanOrEqual(25);
    expect(await jobs.boss.send('outbox.send', { messageIds: [] }, { singletonKey: 'after-upgrade' })).toEqual(expect.any(String));
  });
});
