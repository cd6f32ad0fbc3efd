import '../support/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { QUEUES } from '@/lib/jobs/queues';
import { startJobs, type RunningJobs } from '@/lib/jobs/start-jobs';

let jobs: RunningJobs;

beforeAll(async () => {
  delete process.env.SMTP_URL;
  jobs = await startJobs({ releaseEverySeconds: 60 });
});

afterAll(async () => {
  await jobs?.stop();
});

describe('the pickup jobs on pg-boss', () => {
  it('are registered as queues with a schedule every 15 minutes', async () => {
    const names = [QUEUES.pickupReminders, QUEUES.pickupExpiry];
    const queues = await prisma.$queryRaw<{ name: string }[]>`SELECT name FROM pgboss.queue WHERE name = ANY(${names})`;
    expect(queues.map((q) => q.name).sort()).toEqual([...names].sort());
    const schedules = await prisma.$queryRaw<{ name: string; cron: string }[]>`SELECT name, cron FROM pgboss.schedule WHERE name = ANY(${names})`;
    expect(schedules.map((s) => [s.name, s.cron]).sort()).toEqual(names.map((name) => [name, '*/15 * * * *']).sort());
  });

  it('runs a reminder job to completion', async () => {
    const id = await jobs.boss.send(QUEUES.pickupReminders, {});
    const until = Date.now() + 15_000;
    for (;;) {
      const job = await jobs.boss.getJobById(QUEUES.pickupReminders, id!);
      if (job?.state === 'completed') break;
      if (Date.now() > until) throw new Error(`The job did not complete (${job?.state}).`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  });
});
