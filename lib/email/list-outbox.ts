import 'server-only';
import { prisma } from '@/lib/db';
import { redactText } from './redact-secrets';

/**
 * The newest e-mails the shop has sent or stored, for the owner's outbox page. Their text shows
 * no working link or code, whether the message has been delivered (its stored copy is redacted)
 * or is still waiting (redacted here).
 */
export async function listOutbox(limit = 100) {
  const rows = await prisma.outboxMessage.findMany({
    orderBy: { createdAt: 'desc' },
    take: limit,
    select: { id: true, createdAt: true, toEmail: true, subject: true, text: true, secrets: true, status: true },
  });
  return rows.map(({ secrets, ...row }) => ({ ...row, text: redactText(row.text, secrets) }));
}
