// Sign-up answers the same whether the address has an account or not (issue 14, item 9): a new
// address gets a link that finishes the sign-up, an address with an account gets a note that it
// has one. Messages go to a real SMTP server; the action runs with the request's stand-ins.
import { describe, expect, it, vi } from 'vitest';
import { signUpAction } from '@/lib/actions/sign-up';
import { verifyPassword } from '@/lib/auth/password';
import { prisma } from '@/lib/db';
import { deliverOutboxMessage } from '@/lib/email/outbox';
import { isAppError } from '@/lib/errors';
import { authenticate } from '@/lib/users/authenticate';
import { confirmSignUp, getSignUpRequest } from '@/lib/users/confirm-sign-up';
import { signUp } from '@/lib/users/sign-up';
import { signUpSchema } from '@/lib/validation/user';
import { TestBrowser, flushAfter } from '../support/auth-browser';
import { createUser } from '../support/factories/users';
import { mailCatcherForFile } from '../support/mail-catcher-for-file';
import { form } from '../support/request-stand-ins';
import '../support/test-database';

vi.mock('next/headers', () => import('../support/auth-browser').then((m) => m.nextHeadersStandIn));
vi.mock('next/server', async (original) => ({ ...(await original<object>()), ...(await import('../support/auth-browser')).nextServerStandIn }));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlServerStandIn()));

const { mailsTo } = mailCatcherForFile({ beforeReading: flushAfter });

function linkIn(text: string, pathPart: string): string {
  return text.match(/https?:\/\/\S+/g)!.find((u) => u.includes(pathPart))!;
}

const valid = { name: 'Aino Asiakas', email: 'Aino@Example.com', password: 'tarpeeksi-pitkä', locale: 'fi' as const };
let ipSequence = 0;
const nextIp = () => `192.0.2.${++ipSequence}`;

describe('sign-up', () => {
  it('answers the same for a new address and for one with an account; only the e-mails differ', async () => {
    const holder = await createUser({ password: 'haltijan-salasana' });
    const newcomer = `uusi-${Date.now()}@example.com`;
    const asNew = await new TestBrowser(nextIp()).as(() => signUpAction({ status: 'idle' }, form({ ...valid, email: newcomer })));
    const asTaken = await new TestBrowser(nextIp()).as(() => signUpAction({ status: 'idle' }, form({ ...valid, email: holder.email.toUpperCase() })));
    expect(asNew).toEqual({ status: 'ok', message: expect.stringContaining(newcomer) });
    expect(asTaken).toEqual({ status: 'ok', message: asNew.message!.replace(newcomer, holder.email) });

    // No account yet for the new address; the one with an account is unchanged.
    expect(await prisma.user.count({ where: { email: newcomer } })).toBe(0);
    const unchanged = await prisma.user.findUniqueOrThrow({ where: { id: holder.id }, omit: { passwordHash: false } });
    expect(await verifyPassword(unchanged.passwordHash!, 'haltijan-salasana')).toBe(true);

    const [confirm] = await mailsTo(newcomer);
    expect(confirm.subject).toBe('Vahvista sähköpostiosoitteesi Pihlajan Puotiin');
    expect(linkIn(confirm.text!, 'http://shop.test/signup/confirm?token=')).toBeTruthy();
    const [notice] = await mailsTo(holder.email);
    expect(notice.subject).toBe('Sinulla on jo tili Pihlajan Puodissa');
    expect(notice.text).toContain('http://shop.test/signin');
    expect(notice.text).toContain('http://shop.test/forgot-password');
  });

  it('the link finishes the sign-up with the password chosen: a customer with a lower-case e-mail, verified, with an argon2id hash', async () => {
    const email = `Valmis-${Date.now()}@Example.com`;
    const emailId = await (await signUp(signUpSchema.parse({ ...valid, email, locale: 'en' }), { ip: nextIp(), returnTo: '/checkout' }))();
    await deliverOutboxMessage(emailId!);
    const [mail] = await mailsTo(email.toLowerCase());
    expect(mail.subject).toBe('Confirm your e-mail address for Pihlajan Puoti');
    const link = new URL(linkIn(mail.text!, '/en/signup/confirm'));
    expect(link.searchParams.get('callbackUrl')).toBe('/checkout');
    const token = link.searchParams.get('token')!;
    expect(await getSignUpRequest(token)).toEqual({ email: email.toLowerCase() });

    // Someone else's password does not finish it (nor does a stranger's link finish it for the holder).
    const wrong = await confirmSignUp(token, 'joku-muu-salasana').catch((e) => e);
    expect(isAppError(wrong, 'WRONG_PASSWORD')).toBe(true);
    expect(await prisma.user.count({ where: { email: email.toLowerCase() } })).toBe(0);

    expect(await confirmSignUp(token, 'tarpeeksi-pitkä')).toEqual({ email: email.toLowerCase() });
    const user = await prisma.user.findUniqueOrThrow({ where: { email: email.toLowerCase() }, omit: { passwordHash: false } });
    expect(user).toMatchObject({ name: 'Aino Asiakas', role: 'CUSTOMER', locale: 'en' });
    expect(user.emailVerified).not.toBeNull();
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await authenticate(email, 'tarpeeksi-pitkä', '10.0.0.1')).toMatchObject({ id: user.id });

    const again = await confirmSignUp(token, 'tarpeeksi-pitkä').catch((e) => e);
    expect(isAppError(again, 'TOKEN_INVALID')).toBe(true);
    expect(await getSignUpRequest(token)).toBeNull();
  });

  it('rejects bad input field by field, with message keys the form translates', () => {
    const result = signUpSchema.safeParse({ name: '', email: 'not-an-address', password: 'short', locale: 'sv' });
    expect(result.success).toBe(false);
    const byField = Object.fromEntries(result.error!.issues.map((i) => [i.path[0], i.message]));
    expect(byField).toEqual({ name: 'nameRequired', email: 'emailInvalid', password: 'passwordTooShort', locale: 'localeInvalid' });
  });

  it('creates one account when the link is sent many times at once', async () => {
    const email = `race-${Date.now()}@example.com`;
    const emailId = await (await signUp(signUpSchema.parse({ ...valid, email }), { ip: nextIp() }))();
    await deliverOutboxMessage(emailId!);
    const [mail] = await mailsTo(email);
    const token = new URL(linkIn(mail.text!, '/signup/confirm')).searchParams.get('token')!;
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => confirmSignUp(token, 'tarpeeksi-pitkä')));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 'rejected')) {
      expect(isAppError((r as PromiseRejectedResult).reason, 'TOKEN_INVALID')).toBe(true);
    }
    expect(await prisma.user.count({ where: { email } })).toBe(1);
  });

  it('answers an address with an account as fast as a new one: what differs is done after the answer', async () => {
    const timed = async (email: string) => {
      const started = performance.now();
      const rest = await signUp(signUpSchema.parse({ ...valid, email }), { ip: nextIp() });
      const took = performance.now() - started;
      await rest(); // after the answer, as afterResponse runs it
      return took;
    };
    await timed(`lammittely-${Date.now()}@example.com`);
    const taken: number[] = [];
    const fresh: number[] = [];
    for (let i = 0; i < 7; i++) {
      const holder = await createUser();
      taken.push(await timed(holder.email));
      fresh.push(await timed(`tuore-${i}-${Date.now()}@example.com`));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    // Hashing a password takes tens of milliseconds: the answer waits for it for neither.
    expect(Math.abs(median(taken) - median(fresh))).toBeLessThan(10);
  });
});
