import 'server-only';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';

/**
 * The store an import sets stock in: the one named (by id or slug), or else the web warehouse
 * (the first WAREHOUSE), or else the first store.
 */
export async function resolveImportStore(idOrSlug?: string | null): Promise<{ id: string; slug: string; name: string }> {
  const select = { id: true, slug: true, name: true } as const;
  if (idOrSlug) {
    const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrSlug);
    const store = await prisma.store.findFirst({ where: isUuid ? { id: idOrSlug } : { slug: idOrSlug }, select });
    if (!store) throw new AppError('VALIDATION', 'adminImport.errors.storeNotFound', 'storeId');
    return store;
  }
  const store = await prisma.store.findFirst({ orderBy: [{ kind: 'desc' }, { position: 'asc' }, { createdAt: 'asc' }], select });
  if (!store) throw new AppError('VALIDATION', 'adminImport.errors.noStores');
  return store;
}
