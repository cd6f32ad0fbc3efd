import { prisma } from '@/lib/db';
import packageJson from '@/package.json';

export const dynamic = 'force-dynamic';

const TIMEOUT_MS = 2_000;

/** For load balancers and monitoring: is the app up, and can it reach its database? */
export async function GET() {
  const db = await databaseReachable();
  return Response.json(
    { status: db ? 'ok' : 'degraded', db: db ? 'ok' : 'down', version: packageJson.version },
    { status: db ? 200 : 503, headers: { 'cache-control': 'no-store' } },
  );
}

async function databaseReachable(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS);
    });
    await Promise.race([prisma.$queryRaw`SELECT 1`, timeout]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
