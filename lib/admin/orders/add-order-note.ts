import 'server-only';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';

/** An internal note on an order (1-2000 characters; only the shop ever sees it). Returns its id. */
export async function addOrderNote(input: { orderId: string; text: string }, actor: { id: string }): Promise<string> {
  const order = await prisma.order.findUnique({ where: { id: input.orderId }, select: { id: true } });
  if (!order) throw new AppError('NOT_FOUND');
  const note = await prisma.orderNote.create({ data: { orderId: order.id, authorId: actor.id, text: input.text } });
  return note.id;
}
