import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import type { SessionUser } from '@/lib/auth/session';
import { helsinkiClock } from '@/lib/catalog/helsinki-clock';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { ExceptionInput } from './exception-schema';

/**
 * Sets a store's hours on one date (closed, or other hours), replacing what that date had.
 * Refused: a date already past in Helsinki (VALIDATION on `date`), an unknown store (NOT_FOUND).
 * Audited as 'store.updated' with the exception.
 */
export async function saveStoreException(input: ExceptionInput, actor: SessionUser, now = new Date()): Promise<void> {
  if (input.date < helsinkiClock(now).date) throw new AppError('VALIDATION', 'adminStores.errors.dateInPast', 'date');
  const { storeId, date, ...hours } = input;
  await prisma.$transaction(async (tx) => {
    const store = await tx.store.findUnique({ where: { id: storeId }, select: { id: true, name: true } });
    if (!store) throw new AppError('NOT_FOUND');
    const day = new Date(`${date}T00:00:00Z`);
    await tx.storeOpeningException.upsert({
      where: { storeId_date: { storeId, date: day } },
      create: { storeId, date: day, ...hours },
      update: hours,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'store.updated',
      entityType: 'store',
      entityId: storeId,
      data: { store: store.name, exceptionSet: { date, ...hours } },
    });
  });
}
