import 'server-only';
import { hashToken } from '@/lib/auth/tokens';
import { prisma } from '@/lib/db';
import { deliverOutboxMessage, queueEmail } from '@/lib/email/outbox';
import { emailChangedNoticeEmail } from '@/lib/email/templates/account-emails';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';

/** Opens an e-mail change link: the account's address becomes the new one; the old one is told. */
export async function confirmEmailChange(token: string): Promise<{ email: string }> {
  const request = await prisma.emailChangeRequest.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { user: true },
  });
  if (!request || request.confirmedAt || request.expiresAt < new Date()) throw new AppError('TOKEN_INVALID');
  const oldEmail = request.user.email;
  const notice = await emailChangedNoticeEmail(oldEmail, request.newEmail, request.user.locale);
  try {
    const messageId = await prisma.$transaction(async (tx) => {
      // Claim the link first, so that opening it twice at once changes the address only once.
      const claimed = await tx.emailChangeRequest.updateMany({
        where: { id: request.id, confirmedAt: null },
        data: { confirmedAt: new Date() },
      });
      if (claimed.count !== 1) throw new AppError('TOKEN_INVALID');
      await tx.user.update({ where: { id: request.userId }, data: { email: request.newEmail, emailVerified: new Date() } });
      return queueEmail(notice, tx);
    });
    await deliverOutboxMessage(messageId);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('EMAIL_TAKEN');
    }
    throw error;
  }
  return { email: request.newEmail };
}
