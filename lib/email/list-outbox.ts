import 'server-only';
import { prisma } from '@/lib/db';

/** The newest e-mails the shop has sent or stored, for the owner's outbox page. */
export function listOutbox(limit = 100) {
  return prisma.outboxMessage.findMany({ orderBy: { createdAt: 'desc' }, take: limit });
}
