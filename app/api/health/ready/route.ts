import { readinessResponse } from '@/lib/health/readiness-response';

export const dynamic = 'force-dynamic';

/** Readiness: 200 when a new database connection opens within 2 s, otherwise 503 (take the instance out of rotation). */
export async function GET(): Promise<Response> {
  return readinessResponse();
}
