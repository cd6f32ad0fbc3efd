import 'server-only';
import { claimAuthEmail } from '@/lib/auth/email-limit';
import { hashPassword } from '@/lib/auth/password';
import { newLinkToken } from '@/lib/auth/tokens';
import { prisma } from '@/lib/db';
import { queueEmail } from '@/lib/email/outbox';
import { accountExistsEmail, signUpConfirmEmail } from '@/lib/email/templates/account-emails';
import { appUrl } from '@/lib/email/translator';
import type { SignUpInput } from '@/lib/validation/user';
import type { WorkAfterResponse } from './after-response';

const VALID_HOURS = 24;

/**
 * Starts a sign-up. The answer is the same whether the address has an account or not: this
 * counts the request against the limits on such e-mails per address and network (RATE_LIMITED),
 * which are the same for every address, and returns the rest for the caller to run after
 * answering (afterResponse). That part writes one e-mail to the address, and returns its id:
 * - a new address gets a link that finishes the sign-up (confirmSignUp): the account is made only
 *   when it is opened and the same password is given, so nobody can hold an account in someone
 *   else's name, nor have its holder finish one with a password a stranger chose;
 * - an address with an account gets a note that it has one, with links to sign in and to reset
 *   the password (a deactivated account gets nothing).
 * `returnTo` is where the finished sign-up goes (a path on this site, checked by the caller).
 */
export async function signUp(input: SignUpInput, options: { ip: string; returnTo?: string }): Promise<WorkAfterResponse> {
  await claimAuthEmail('sign-up', input.email, options.ip);
  return () => writeSignUpEmail(input, options.returnTo);
}

async function writeSignUpEmail(input: SignUpInput, returnTo: string | undefined): Promise<string | null> {
  const existing = await prisma.user.findUnique({ where: { email: input.email }, select: { locale: true, active: true } });
  if (existing) {
    if (!existing.active) return null;
    const urls = { signIn: appUrl('/signin', existing.locale), reset: appUrl('/forgot-password', existing.locale) };
    return queueEmail(await accountExistsEmail(input.email, urls, existing.locale));
  }

  const passwordHash = await hashPassword(input.password);
  const { token, hash } = newLinkToken();
  const query = new URLSearchParams({ token, ...(returnTo && returnTo !== '/account' ? { callbackUrl: returnTo } : {}) });
  const message = await signUpConfirmEmail(input.email, appUrl(`/signup/confirm?${query}`, input.locale), input.locale);
  const now = new Date();
  return prisma.$transaction(async (tx) => {
    // Sign-ups never finished are of no further use once their links have run out.
    await tx.signUpRequest.deleteMany({ where: { expiresAt: { lt: now } } });
    await tx.signUpRequest.create({
      data: {
        email: input.email,
        name: input.name,
        locale: input.locale,
        passwordHash,
        tokenHash: hash,
        expiresAt: new Date(now.getTime() + VALID_HOURS * 3_600_000),
      },
    });
    return queueEmail(message, tx);
  });
}
