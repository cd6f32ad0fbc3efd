// Sign-ups are rate limited per network and for the whole shop (issue 14, item 6): accounts must
// not cost a script nothing. Through the sign-up form's server action, the client address from a
// stand-in request; the database is real.
import '../support/test-database';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { signUpAction } from '@/lib/actions/sign-up';
import { prisma } from '@/lib/db';
import type { FormState } from '@/lib/forms/form-state';
import { SIGN_UP_WINDOW_MINUTES } from '@/lib/users/sign-up-limit';

const client = vi.hoisted(() => ({ ip: '198.51.100.60' }));

vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlServerStandIn()));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': client.ip }) }));
// The account e-mail is the sign-up's business, not this test's.
vi.mock('@/lib/users/after-response', () => ({ afterResponse: () => {} }));
vi.mock('@/lib/jobs/send-outbox-soon', () => ({ sendOutboxSoon: async () => {} }));

const idle: FormState = { status: 'idle' };
const REFUSED = 'Uusia tilejä on luotu juuri liian monta. Yritä uudelleen tunnin kuluttua – tai tilaa vieraana, tilille ei tarvitse rekisteröityä.';
let sequence = 0;

function signUp() {
  sequence += 1;
  const data = new FormData();
  for (const [key, value] of Object.entries({ name: `Uusi Asiakas ${sequence}`, email: `uusi-${sequence}@example.com`, password: 'pitka-salasana-123', locale: 'fi' })) {
    data.append(key, value);
  }
  return signUpAction(idle, data);
}

beforeEach(async () => {
  await prisma.signUpAttempt.deleteMany();
});

afterEach(() => {
  delete process.env.SIGN_UP_LIMIT_TOTAL;
});

describe('signing up', () => {
  it('is refused with a clear message after five sign-ups from one network within the hour; other networks go on', async () => {
    client.ip = '198.51.100.60';
    const answers = [];
    for (let attempt = 1; attempt <= 8; attempt++) answers.push(await signUp());
    expect(answers.slice(0, 5).map((answer) => answer.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    expect(answers.slice(5)).toEqual([
      { status: 'error', message: REFUSED },
      { status: 'error', message: REFUSED },
      { status: 'error', message: REFUSED },
    ]);

    // IPv6: one /64 is one network, however the rest of the address changes.
    client.ip = '2001:db8:1:2::1';
    for (let host = 1; host <= 5; host++) {
      client.ip = `2001:db8:1:2::${host}`;
      expect((await signUp()).status).toBe('ok');
    }
    client.ip = '2001:db8:1:2:ffff::9';
    expect(await signUp()).toEqual({ status: 'error', message: REFUSED });
    client.ip = '203.0.113.60';
    expect((await signUp()).status).toBe('ok');

    // An hour later the network may sign up again.
    await prisma.signUpAttempt.updateMany({ data: { createdAt: new Date(Date.now() - (SIGN_UP_WINDOW_MINUTES + 1) * 60_000) } });
    client.ip = '198.51.100.60';
    expect((await signUp()).status).toBe('ok');
  });

  it('is refused for everyone once the shop has had its share of sign-ups in the hour, whatever the networks', async () => {
    process.env.SIGN_UP_LIMIT_TOTAL = '6';
    const answers = [];
    for (let network = 1; network <= 8; network++) {
      client.ip = `192.0.2.${network}`;
      answers.push((await signUp()).status);
    }
    expect(answers).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'error', 'error']);
  });
});
