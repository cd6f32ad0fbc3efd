import { describe, expect, it } from 'vitest';
import '../support/test-database';

describe('GET /api/health', () => {
  it('is 200 with db ok when the database answers', async () => {
    const { GET } = await import('@/app/api/health/route');
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', db: 'ok', version: expect.any(String) });
  });

  it('is 503 with db down when the database cannot be reached', async () => {
    const { createPrismaClient } = await import('@/lib/db');
    const globals = globalThis as { prisma?: unknown };
    const working = globals.prisma;
    globals.prisma = createPrismaClient('postgresql://nobody:nothing@127.0.0.1:9/none');
    try {
      const { GET } = await import('@/app/api/health/route');
      const response = await GET();
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ db: 'down' });
    } finally {
      globals.prisma = working;
    }
  });
});
