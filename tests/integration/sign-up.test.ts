import { describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/auth/password';
import { prisma } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import { signUp } from '@/lib/users/sign-up';
import { signUpSchema } from '@/lib/validation/user';
import '../support/test-database';

const valid = { name: 'Aino Asiakas', email: 'Aino@Example.com', password: 'tarpeeksi-pitkä', locale: 'fi' };

describe('sign-up', () => {
  it('creates a customer with a lower-case e-mail and an argon2id hash', async () => {
    const input = signUpSchema.parse(valid);
    const { id } = await signUp(input);
    const user = await prisma.user.findUniqueOrThrow({ where: { id }, omit: { passwordHash: false } });
    expect(user).toMatchObject({ email: 'aino@example.com', role: 'CUSTOMER', locale: 'fi' });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash!, 'tarpeeksi-pitkä')).toBe(true);
  });

  it('rejects bad input field by field, with message keys the form translates', () => {
    const result = signUpSchema.safeParse({ name: '', email: 'not-an-address', password: 'short', locale: 'sv' });
    expect(result.success).toBe(false);
    const byField = Object.fromEntries(result.error!.issues.map((i) => [i.path[0], i.message]));
    expect(byField).toEqual({ name: 'nameRequired', email: 'emailInvalid', password: 'passwordTooShort', locale: 'localeInvalid' });
  });

  it('refuses a taken e-mail in any letter case and creates nothing', async () => {
    await signUp(signUpSchema.parse({ ...valid, email: 'taken@example.com' }));
    const before = await prisma.user.count();
    const error = await signUp(signUpSchema.parse({ ...valid, email: 'TAKEN@example.com' })).catch((e) => e);
    expect(isAppError(error, 'EMAIL_TAKEN')).toBe(true);
    expect(error.field).toBe('email');
    expect(await prisma.user.count()).toBe(before);
  });

  it('creates one account when the same e-mail signs up many times at once', async () => {
    const input = signUpSchema.parse({ ...valid, email: 'race@example.com' });
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => signUp(input)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 'rejected')) {
      expect(isAppError((r as PromiseRejectedResult).reason, 'EMAIL_TAKEN')).toBe(true);
    }
    expect(await prisma.user.count({ where: { email: 'race@example.com' } })).toBe(1);
  });
});
