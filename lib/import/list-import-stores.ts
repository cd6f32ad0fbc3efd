import 'server-only';
import { prisma } from '@/lib/db';

/** Stores for the import and export choices: the web warehouse first (the default), then by position. */
export async function listImportStores() {
  return prisma.store.findMany({ orderBy: [{ kind: 'desc' }, { position: 'asc' }, { createdAt: 'asc' }], select: { id: true, slug: true, name: true } });
}
