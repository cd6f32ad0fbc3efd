import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import type { SessionUser } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { storeChanges } from './store-changes';
import type { StoreInput } from './store-schema';

const SLUG_TAKEN = 'adminStores.errors.slugTaken';

/**
 * Creates a store (no `storeId`) or updates one: its fields and its weekly opening hours, in one
 * transaction, audited as 'store.created' / 'store.updated' with each changed field's old and new
 * value ({ store: name, field: { from, to } ... }). Refusals (nothing saved): VALIDATION on `slug` when another store has it; NOT_FOUND.
 */
export async function saveStore(input: StoreInput, actor: SessionUser, storeId?: string): Promise<{ id: string; slug: string }> {
  const { hours, ...fields } = input;
  try {
    return await prisma.$transaction(async (tx) => {
      const before = storeId
        ? await tx.store.findUnique({
            where: { id: storeId },
            include: { openingHours: { select: { weekday: true, opensAt: true, closesAt: true } } },
          })
        : null;
      if (storeId && !before) throw new AppError('NOT_FOUND');
      const slugOwner = await tx.store.findUnique({ where: { slug: fields.slug }, select: { id: true } });
      if (slugOwner && slugOwner.id !== storeId) throw new AppError('VALIDATION', SLUG_TAKEN, 'slug');

      const store = storeId
        ? await tx.store.update({ where: { id: storeId }, data: fields, select: { id: true, slug: true } })
        : await tx.store.create({ data: fields, select: { id: true, slug: true } });
      await tx.storeOpeningHours.deleteMany({ where: { storeId: store.id } });
      await tx.storeOpeningHours.createMany({ data: hours.map((day) => ({ storeId: store.id, ...day })) });

      const changes = storeChanges(before ? { ...before, hours: before.openingHours } : null, input);
      if (!before || Object.keys(changes).length > 0) {
        await recordAudit(tx, {
          actorId: actor.id,
          action: before ? 'store.updated' : 'store.created',
          entityType: 'store',
          entityId: store.id,
          data: { store: fields.name, ...changes } as Prisma.InputJsonValue,
        });
      }
      return store;
    });
  } catch (error) {
    // Two saves racing for one slug: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('VALIDATION', SLUG_TAKEN, 'slug');
    }
    throw error;
  }
}
