import 'server-only';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';

/**
 * An internal note about a customer (1-2000 characters; only the shop sees it). With `forStaff`
 * store staff see it too, on the customer's card at the counter. Returns its id.
 */
export async function addCustomerNote(input: { userId: string; text: string; forStaff?: boolean }, actor: { id: string }): Promise<string> {
  const user = await prisma.user.findUnique({ where: { id: input.userId }, select: { id: true } });
  if (!user) throw new AppError('NOT_FOUND');
  const note = await prisma.customerNote.create({ data: { userId: user.id, authorId: actor.id, text: input.text, forStaff: input.forStaff ?? false } });
  return note.id;
}
