import 'server-only';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';

/** An internal note about a customer (1-2000 characters; only the shop sees it). Returns its id. */
export async function addCustomerNote(input: { userId: string; text: string }, actor: { id: string }): Promise<string> {
  const user = await prisma.user.findUnique({ where: { id: input.userId }, select: { id: true } });
  if (!user) throw new AppError('NOT_FOUND');
  const note = await prisma.customerNote.create({ data: { userId: user.id, authorId: actor.id, text: input.text } });
  return note.id;
}
