import { describe, expect, it } from 'vitest';
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_NETWORK } from '@/lib/auth/rate-limit';
import { prisma } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import { authenticate } from '@/lib/users/authenticate';
import { createUser } from '../support/factories/users';
import '../support/test-database';

describe('signing in', () => {
  it('accepts the right password in any letter case of the e-mail, and refuses a wrong one', async () => {
    const user = await createUser({ password: 'oikea-salasana' });
    expect(await authenticate(user.email.toUpperCase(), 'oikea-salasana', '10.0.0.1')).toMatchObject({ id: user.id, role: 'CUSTOMER' });
    expect(await authenticate(user.email, 'väärä', '10.0.0.1')).toBeNull();
    expect(await authenticate('nobody@example.com', 'whatever', '10.0.0.1')).toBeNull();
  });

  it('refuses a deactivated account', async () => {
    const user = await createUser({ password: 'oikea-salasana' });
    await prisma.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await authenticate(user.email, 'oikea-salasana', '10.0.0.2')).toBeNull();
  });

  it('stops twenty wrong passwords in a row: after the limit even the right one waits, from a browser without a device cookie', async () => {
    const user = await createUser({ password: 'oikea-salasana' });
    const outcomes: string[] = [];
    for (let i = 0; i < 20; i++) {
      outcomes.push(await authenticate(user.email, `väärä-${i}`, '10.0.0.3').then(
        (r) => (r ? 'signed-in' : 'wrong'),
        (e) => (isAppError(e, 'RATE_LIMITED') ? 'blocked' : 'error'),
      ));
    }
    expect(outcomes).toEqual([...Array(MAX_FAILURES_PER_ACCOUNT).fill('wrong'), ...Array(20 - MAX_FAILURES_PER_ACCOUNT).fill('blocked')]);
    const right = await authenticate(user.email, 'oikea-salasana', '10.0.0.99').catch((e) => e);
    expect(isAppError(right, 'RATE_LIMITED')).toBe(true);
  });

  it('slows a network that has just failed many times across e-mails', async () => {
    const user = await createUser({ password: 'oikea-salasana' });
    await prisma.signInFailure.createMany({
      data: Array.from({ length: MAX_FAILURES_PER_NETWORK }, (_, i) => ({ email: `someone-${i}@example.com`, network: '10.0.0.4' })),
    });
    const error = await authenticate(user.email, 'oikea-salasana', '10.0.0.4').catch((e) => e);
    expect(isAppError(error, 'RATE_LIMITED')).toBe(true);
    expect(await authenticate(user.email, 'oikea-salasana', '10.0.0.5')).not.toBeNull();
  });

  it('forgets failures older than the window, and a success leaves no failure behind', async () => {
    const user = await createUser({ password: 'oikea-salasana' });
    const old = new Date(Date.now() - 16 * 60_000);
    await prisma.signInFailure.createMany({
      data: Array.from({ length: MAX_FAILURES_PER_ACCOUNT }, () => ({ email: user.email, network: '10.0.0.6', createdAt: old })),
    });
    expect(await authenticate(user.email, 'oikea-salasana', '10.0.0.6')).not.toBeNull();
    expect(await prisma.signInFailure.count({ where: { email: user.email, createdAt: { gt: old } } })).toBe(0);
  });
});
