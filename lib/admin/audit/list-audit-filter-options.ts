import 'server-only';
import { prisma } from '@/lib/db';

export type AuditFilterOptions = {
  /** People who have entries, and every owner and staff member (so a filter can show "none"). */
  actors: { id: string; name: string | null; email: string }[];
  entityTypes: string[];
};

export async function listAuditFilterOptions(): Promise<AuditFilterOptions> {
  const [actors, entityTypes] = await Promise.all([
    prisma.$queryRaw<AuditFilterOptions['actors']>`
      SELECT u.id, u.name, u.email FROM users u
       WHERE u.role IN ('OWNER', 'STAFF') OR EXISTS (SELECT 1 FROM audit_logs a WHERE a.actor_id = u.id)
       ORDER BY u.name NULLS LAST, u.email`,
    prisma.$queryRaw<{ entity_type: string }[]>`SELECT DISTINCT entity_type FROM audit_logs ORDER BY entity_type`,
  ]);
  return { actors, entityTypes: entityTypes.map((row) => row.entity_type) };
}
