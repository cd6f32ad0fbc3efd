import 'server-only';
import { prisma } from '@/lib/db';

/** The latest import runs, newest first (for the import page). */
export async function listImportRuns(take = 10) {
  return prisma.importRun.findMany({
    orderBy: { createdAt: 'desc' },
    take,
    select: { id: true, kind: true, status: true, fileName: true, errorCount: true, totalRows: true, createdAt: true },
  });
}
