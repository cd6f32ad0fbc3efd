import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import type { SessionUser } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';

/** Removes one of a store's exceptional days (the weekly hours apply again). Audited as 'store.updated'. */
export async function removeStoreException(input: { storeId: string; exceptionId: string }, actor: SessionUser): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const exception = await tx.storeOpeningException.findFirst({
      where: { id: input.exceptionId, storeId: input.storeId },
      include: { store: { select: { name: true } } },
    });
    if (!exception) throw new AppError('NOT_FOUND');
    await tx.storeOpeningException.delete({ where: { id: exception.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'store.updated',
      entityType: 'store',
      entityId: input.storeId,
      data: { store: exception.store.name, exceptionRemoved: { date: exception.date.toISOString().slice(0, 10) } },
    });
  });
}
