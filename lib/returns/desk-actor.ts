import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';
import type { Tx } from '@/lib/inventory/tx';

/** Who works the returns desk: the signed-in member of staff (or the owner). */
export type DeskActor = Pick<SessionUser, 'id' | 'role'>;

/**
 * The desk's own check, under the actions' requireStoreStaff: the owner, or staff assigned to
 * the store the work is done at. Everyone else gets FORBIDDEN.
 */
export async function assertDeskActor(db: Pick<Tx, 'staffAssignment'>, storeId: string, actor: DeskActor): Promise<void> {
  if (actor.role === 'OWNER') return;
  if (actor.role === 'STAFF') {
    const assignment = await db.staffAssignment.findUnique({ where: { userId_storeId: { userId: actor.id, storeId } }, select: { userId: true } });
    if (assignment) return;
  }
  throw new AppError('FORBIDDEN');
}
