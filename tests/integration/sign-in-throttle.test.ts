// Password guessing is throttled without locking the account holder out (issue 14, item 5):
// failures count per device cookie, per account for browsers without one, and per network (which
// is slowed, not shut). First through authenticate() on the real database, then through
// next-auth's real handler with browsers that keep their cookies.
import { describe, expect, it, vi } from 'vitest';
import { withDevice } from '@/lib/auth/device-cookie';
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_NETWORK, NETWORK_SLOW_SECONDS } from '@/lib/auth/rate-limit';
import { prisma } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import { authenticate } from '@/lib/users/authenticate';
import { TestBrowser } from '../support/auth-browser';
import { createUser } from '../support/factories/users';
import '../support/test-database';

vi.mock('next/headers', () => import('../support/auth-browser').then((m) => m.nextHeadersStandIn));
vi.mock('next/server', async (original) => ({ ...(await original<object>()), ...(await import('../support/auth-browser')).nextServerStandIn }));
vi.mock('next-auth', async (original) => (await import('../support/auth-browser')).nextAuthStandIn(await original()));

process.env.NEXTAUTH_URL = 'http://shop.test';
process.env.NEXTAUTH_SECRET = 'sign-in-throttle-test-secret';

const PASSWORD = 'oikea-salasana-1';

/** 'signed-in', 'wrong' or 'blocked'. */
function outcomeOf(attempt: Promise<unknown>): Promise<string> {
  return attempt.then(
    (user) => (user ? 'signed-in' : 'wrong'),
    (error) => (isAppError(error, 'RATE_LIMITED') ? 'blocked' : `error: ${error}`),
  );
}

describe('the account holder is not locked out by someone failing on the account', () => {
  it('signs in from a browser that has signed in before, while an attacker keeps failing; the attacker is stopped', async () => {
    const owner = await createUser({ role: 'OWNER', password: PASSWORD });
    const ownersBrowser = withDevice(undefined, owner.id);
    const attacker: string[] = [];
    const holder: string[] = [];
    for (let round = 0; round < 30; round++) {
      // The attacker changes networks as it likes; its browser has no device cookie for the account.
      attacker.push(await outcomeOf(authenticate(owner.email, `arvaus-${round}`, `203.0.113.${round}`)));
      if (round % 5 === 4) holder.push(await outcomeOf(authenticate(owner.email, PASSWORD, '192.0.2.10', ownersBrowser)));
    }
    expect(attacker).toEqual([...Array(MAX_FAILURES_PER_ACCOUNT).fill('wrong'), ...Array(30 - MAX_FAILURES_PER_ACCOUNT).fill('blocked')]);
    expect(holder).toEqual(Array(6).fill('signed-in'));
    // Without the device cookie, even the right password waits (it may be the attacker's guess).
    expect(await outcomeOf(authenticate(owner.email, PASSWORD, '192.0.2.10'))).toBe('blocked');
  });

  it('a device cookie counts for its own account only, and only when its signature is right', async () => {
    const owner = await createUser({ password: PASSWORD });
    const other = await createUser({ password: PASSWORD });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await authenticate(owner.email, `väärä-${i}`, '203.0.113.50');
    const othersCookie = withDevice(undefined, other.id);
    expect(await outcomeOf(authenticate(owner.email, PASSWORD, '192.0.2.11', othersCookie))).toBe('blocked');
    const forged = withDevice(undefined, owner.id).replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect(await outcomeOf(authenticate(owner.email, PASSWORD, '192.0.2.11', forged))).toBe('blocked');
    // One cookie holds several accounts: the other account's entry stays when the owner's is added.
    const both = withDevice(othersCookie, owner.id);
    expect(await outcomeOf(authenticate(owner.email, PASSWORD, '192.0.2.11', both))).toBe('signed-in');
    expect(await outcomeOf(authenticate(other.email, PASSWORD, '192.0.2.11', both))).toBe('signed-in');
  });

  it('a browser with a device cookie is stopped after its own ten failures, without stopping the holder elsewhere', async () => {
    const owner = await createUser({ password: PASSWORD });
    const stolenLaptop = withDevice(undefined, owner.id);
    const phone = withDevice(undefined, owner.id);
    const outcomes: string[] = [];
    for (let i = 0; i < 12; i++) outcomes.push(await outcomeOf(authenticate(owner.email, `väärä-${i}`, '192.0.2.12', stolenLaptop)));
    expect(outcomes).toEqual([...Array(10).fill('wrong'), 'blocked', 'blocked']);
    expect(await outcomeOf(authenticate(owner.email, PASSWORD, '192.0.2.12', stolenLaptop))).toBe('blocked');
    expect(await outcomeOf(authenticate(owner.email, PASSWORD, '192.0.2.13', phone))).toBe('signed-in');
    // The laptop's failures were its own: untrusted clients are not stopped by them.
    expect(await outcomeOf(authenticate(owner.email, PASSWORD, '192.0.2.14'))).toBe('signed-in');
  });

  it('guesses sent all at once are counted too: no more than the limit get their password checked', async () => {
    const user = await createUser({ password: PASSWORD });
    const outcomes = await Promise.all(Array.from({ length: 25 }, (_, i) => outcomeOf(authenticate(user.email, `rinnakkain-${i}`, `198.51.100.${i}`))));
    expect(outcomes.filter((o) => o === 'wrong').length).toBeLessThanOrEqual(MAX_FAILURES_PER_ACCOUNT);
    expect(outcomes.filter((o) => o === 'blocked').length).toBeGreaterThanOrEqual(25 - MAX_FAILURES_PER_ACCOUNT);
  });
});

describe('a busy network is slowed, not shut out', () => {
  it(`past ${MAX_FAILURES_PER_NETWORK} failures, a network gets one attempt per ${NETWORK_SLOW_SECONDS} s; other networks are not touched`, async () => {
    const user = await createUser({ password: PASSWORD });
    const earlier = new Date(Date.now() - 5 * 60_000);
    await prisma.signInFailure.createMany({
      data: Array.from({ length: MAX_FAILURES_PER_NETWORK }, (_, i) => ({ email: `muu-${i}@example.com`, network: '198.51.100.77', createdAt: earlier })),
    });
    // The network's last failure was minutes ago: this attempt goes through (slowed, not locked).
    expect(await outcomeOf(authenticate(user.email, 'väärä', '198.51.100.77'))).toBe('wrong');
    // Straight after it: wait a moment.
    expect(await outcomeOf(authenticate(user.email, PASSWORD, '198.51.100.77'))).toBe('blocked');
    expect(await outcomeOf(authenticate(user.email, PASSWORD, '198.51.100.78'))).toBe('signed-in');
    // Someone behind that network who has signed in before is not slowed at all.
    expect(await outcomeOf(authenticate(user.email, PASSWORD, '198.51.100.77', withDevice(undefined, user.id)))).toBe('signed-in');
    // Once the pause has passed, the network may try again.
    await prisma.signInFailure.updateMany({ where: { network: '198.51.100.77' }, data: { createdAt: earlier } });
    expect(await outcomeOf(authenticate(user.email, PASSWORD, '198.51.100.77'))).toBe('signed-in');
  });

  it('an IPv6 client is counted by its /64, whatever address it takes in it', async () => {
    const user = await createUser({ password: PASSWORD });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await authenticate(`ipv6-${i}@example.com`, 'väärä', `2001:db8:1:2::${i + 1}`);
    const rows = await prisma.signInFailure.findMany({ where: { email: { startsWith: 'ipv6-' } }, select: { network: true }, distinct: ['network'] });
    expect(rows).toEqual([{ network: '2001:db8:1:2::/64' }]);
    expect(await outcomeOf(authenticate(user.email, PASSWORD, '2001:db8:1:2:ffff::1'))).toBe('signed-in');
  });
});

describe('through the sign-in route (next-auth), with browsers that keep their cookies', () => {
  it('a successful sign-in gives the browser a device cookie, with which it signs in while the account is under attack', async () => {
    const owner = await createUser({ role: 'OWNER', password: PASSWORD });
    const ownersBrowser = new TestBrowser('192.0.2.30');
    expect(await ownersBrowser.signIn(owner.email, PASSWORD)).toBeNull();
    expect(await ownersBrowser.sessionUserId()).toBe(owner.id);
    expect(ownersBrowser.cookies.get('digijalka_device')).toMatch(new RegExp(`^${owner.id}\\.`));
    // Signing out leaves the device cookie.
    ownersBrowser.cookies.delete('next-auth.session-token');
    expect(await ownersBrowser.sessionUserId()).toBeNull();

    const attackers = [new TestBrowser('203.0.113.31'), new TestBrowser('203.0.113.32')];
    const answers: (string | null)[] = [];
    for (let i = 0; i < 14; i++) answers.push(await attackers[i % 2].signIn(owner.email, `arvaus-${i}`));
    expect(answers).toEqual([...Array(10).fill('CredentialsSignin'), ...Array(4).fill('RATE_LIMITED')]);
    expect(await attackers[0].signIn(owner.email, PASSWORD)).toBe('RATE_LIMITED');

    expect(await ownersBrowser.signIn(owner.email, PASSWORD)).toBeNull();
    expect(await ownersBrowser.sessionUserId()).toBe(owner.id);
  });
});

describe('the time a sign-in takes does not tell whether the address has an account', () => {
  it('an unknown address costs the same password check as a known one', async () => {
    const user = await createUser({ password: PASSWORD });
    const timed = async (email: string, ip: string) => {
      const started = performance.now();
      await authenticate(email, 'väärä-salasana', ip);
      return performance.now() - started;
    };
    await timed('lämmittely@example.com', '192.0.2.90'); // the dummy hash is made on first use
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 8; i++) {
      // Each on its own network and below the account's limit, so that nothing is refused.
      known.push(await timed(i < 5 ? user.email : (await createUser({ password: PASSWORD })).email, `192.0.2.${100 + i}`));
      unknown.push(await timed(`ei-tilia-${i}@example.com`, `192.0.2.${150 + i}`));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    // argon2 takes tens of milliseconds; without the dummy check an unknown address answers in one
    // or two (a twentieth of a known one). The margins are wide so that a busy machine's noise
    // cannot fail the test, while the missing check always does.
    expect(median(known)).toBeGreaterThan(10);
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.3);
    expect(median(unknown)).toBeLessThan(median(known) * 3);
  });
});
