// E-mail change and password reset, with the messages delivered to a real SMTP server.
import { describe, expect, it } from 'vitest';
import { authenticate } from '@/lib/users/authenticate';
import { prisma } from '@/lib/db';
import { deliverOutboxMessage } from '@/lib/email/outbox';
import { isAppError } from '@/lib/errors';
import { confirmEmailChange } from '@/lib/users/confirm-email-change';
import { requestEmailChange } from '@/lib/users/request-email-change';
import { requestPasswordReset } from '@/lib/users/request-password-reset';
import { resetPassword } from '@/lib/users/reset-password';
import { createUser } from '../support/factories/users';
import { mailCatcherForFile } from '../support/mail-catcher-for-file';
import '../support/test-database';

const { mailsTo } = mailCatcherForFile();

function tokenFrom(text: string, pathPart: string): string {
  const url = text.match(/https?:\/\/\S+/g)!.find((u) => u.includes(pathPart))!;
  return new URL(url).searchParams.get('token')!;
}

describe('changing the e-mail address', () => {
  it('needs the current password and changes nothing when it is wrong', async () => {
    const user = await createUser({ password: 'nykyinen-salasana' });
    const error = await requestEmailChange(user.id, { newEmail: 'new-wrong@example.com', currentPassword: 'väärä' }).catch((e) => e);
    expect(isAppError(error, 'WRONG_PASSWORD')).toBe(true);
    expect(await prisma.emailChangeRequest.count({ where: { userId: user.id } })).toBe(0);
    expect(await mailsTo('new-wrong@example.com')).toHaveLength(0);
  });

  it('refuses an address another account has', async () => {
    const other = await createUser();
    const user = await createUser({ password: 'nykyinen-salasana' });
    const error = await requestEmailChange(user.id, { newEmail: other.email, currentPassword: 'nykyinen-salasana' }).catch((e) => e);
    expect(isAppError(error, 'EMAIL_TAKEN')).toBe(true);
  });

  it('sends a link to the new address; opening it once changes the address and tells the old one', async () => {
    const user = await createUser({ password: 'nykyinen-salasana', locale: 'en' });
    const newEmail = `changed-${Date.now()}@example.com`;
    await requestEmailChange(user.id, { newEmail, currentPassword: 'nykyinen-salasana' });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);

    const [confirm] = await mailsTo(newEmail);
    expect(confirm.subject).toBe('Confirm your new e-mail address');
    const token = tokenFrom(confirm.text!, '/en/account/confirm-email');

    expect(await confirmEmailChange(token)).toEqual({ email: newEmail });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(newEmail);
    const [notice] = await mailsTo(user.email);
    expect(notice.subject).toBe("Your account's e-mail address was changed");
    expect(notice.text).toContain(newEmail);

    const again = await confirmEmailChange(token).catch((e) => e);
    expect(isAppError(again, 'TOKEN_INVALID')).toBe(true);
  });

  it('refuses an expired link', async () => {
    const user = await createUser({ password: 'nykyinen-salasana' });
    const newEmail = `late-${Date.now()}@example.com`;
    await requestEmailChange(user.id, { newEmail, currentPassword: 'nykyinen-salasana' });
    await prisma.emailChangeRequest.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const [confirm] = await mailsTo(newEmail);
    const error = await confirmEmailChange(tokenFrom(confirm.text!, '/account/confirm-email')).catch((e) => e);
    expect(isAppError(error, 'TOKEN_INVALID')).toBe(true);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  });
});

describe('forgotten password', () => {
  it('sends nothing for an unknown address', async () => {
    expect(await (await requestPasswordReset('nobody-here@example.com', { ip: '10.1.0.2' }))()).toBeNull();
    expect(await mailsTo('nobody-here@example.com')).toHaveLength(0);
  });

  it('sends a Finnish link that sets a new password once', async () => {
    const user = await createUser({ password: 'vanha-salasana-1' });
    await deliverOutboxMessage((await (await requestPasswordReset(user.email, { ip: '10.1.0.3' }))())!);
    const [mail] = await mailsTo(user.email);
    expect(mail.subject).toBe('Salasanan vaihtaminen');
    const token = tokenFrom(mail.text!, 'http://shop.test/reset-password');

    await resetPassword(token, 'uusi-salasana-22');
    expect(await authenticate(user.email, 'uusi-salasana-22', '10.1.0.1')).not.toBeNull();
    expect(await authenticate(user.email, 'vanha-salasana-1', '10.1.0.1')).toBeNull();
    const again = await resetPassword(token, 'kolmas-salasana-3').catch((e) => e);
    expect(isAppError(again, 'TOKEN_INVALID')).toBe(true);
  });

  it('answers without looking the address up: that, the link and the e-mail come after the answer', async () => {
    const user = await createUser({ password: 'vanha-salasana-1' });
    const afterAnswering = await requestPasswordReset(user.email, { ip: '10.1.0.4' });
    // What the form waited for wrote nothing about the account.
    expect(await prisma.passwordResetToken.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.outboxMessage.count({ where: { toEmail: user.email } })).toBe(0);
    const id = await afterAnswering();
    expect(await prisma.passwordResetToken.count({ where: { userId: user.id } })).toBe(1);
    expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { id: id! } })).toMatchObject({ kind: 'auth.password-reset', status: 'PENDING' });
    await deliverOutboxMessage(id!);
    expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { id: id! } })).toMatchObject({ status: 'SENT', attempts: 1 });
  });

  it('three requests for one address send three e-mails, the fourth is refused whatever the network, with or without an account', async () => {
    const user = await createUser();
    const outcomes: string[] = [];
    for (const email of [user.email, `ei-ketaan-${Date.now()}@example.com`]) {
      for (let i = 0; i < 4; i++) {
        const ip = `10.4.${outcomes.length}.1`;
        outcomes.push(await requestPasswordReset(email, { ip }).then(async (rest) => (await rest(), 'ok'), (e) => (isAppError(e, 'RATE_LIMITED') ? 'limited' : String(e))));
      }
    }
    expect(outcomes).toEqual(['ok', 'ok', 'ok', 'limited', 'ok', 'ok', 'ok', 'limited']);
    expect(await prisma.passwordResetToken.count({ where: { userId: user.id } })).toBe(3);
  });
});
