import { readinessResponse } from '@/lib/health/readiness-response';

export const dynamic = 'force-dynamic';

/**
 * For load balancers and monitoring: the same answer as /api/health/ready (can a request be
 * served: does a new database connection open within 2 s?). /api/health/live leaves the database out.
 */
export async function GET(): Promise<Response> {
  return readinessResponse();
}
