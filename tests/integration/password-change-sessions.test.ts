// A password change or reset ends the account's other sessions (issue 14, item 8). Sessions are
// next-auth JWTs made by its real handler; the app reads them through lib/auth/session.ts, which
// compares the session's version with the account's.
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as authRoute } from '@/app/api/auth/[...nextauth]/route';
import { changePasswordAction } from '@/lib/actions/change-password';
import { resetPasswordAction } from '@/lib/actions/reset-password';
import { endedSessionAnswer } from '@/lib/auth/session-cookie';
import { newLinkToken } from '@/lib/auth/tokens';
import { prisma } from '@/lib/db';
import { TestBrowser } from '../support/auth-browser';
import { createUser } from '../support/factories/users';
import { form } from '../support/request-stand-ins';
import '../support/test-database';

vi.mock('next/headers', () => import('../support/auth-browser').then((m) => m.nextHeadersStandIn));
vi.mock('next/server', async (original) => ({ ...(await original<object>()), ...(await import('../support/auth-browser')).nextServerStandIn }));
vi.mock('next-auth', async (original) => (await import('../support/auth-browser')).nextAuthStandIn(await original()));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlServerStandIn()));

beforeAll(() => {
  process.env.NEXTAUTH_URL = 'http://shop.test';
  process.env.NEXTAUTH_SECRET = 'password-change-sessions-test-secret';
});

async function signedInTwice(password: string) {
  const user = await createUser({ password });
  const laptop = new TestBrowser('192.0.2.40');
  const phone = new TestBrowser('192.0.2.41');
  expect(await laptop.signIn(user.email, password)).toBeNull();
  expect(await phone.signIn(user.email, password)).toBeNull();
  expect(await laptop.sessionUserId()).toBe(user.id);
  expect(await phone.sessionUserId()).toBe(user.id);
  return { user, laptop, phone };
}

/** What the app's /api/auth/session route answers this browser (its cookies sent with the request). */
async function sessionAnswer(browser: TestBrowser) {
  const request = new NextRequest('http://shop.test/api/auth/session', { headers: browser.headers() });
  const response = await browser.as(() => authRoute(request, { params: Promise.resolve({ nextauth: ['session'] }) }));
  return { body: await response.json(), setCookie: response.headers.get('set-cookie') };
}

describe('changing the password', () => {
  it('ends every other session of the account; the browser that changed it stays signed in', async () => {
    const { user, laptop, phone } = await signedInTwice('vanha-salasana-1');
    // A wrong current password changes nothing and ends no session.
    const refused = await laptop.as(() => changePasswordAction({ status: 'idle' }, form({ currentPassword: 'väärä', newPassword: 'uusi-salasana-22' })));
    expect(refused).toMatchObject({ status: 'error' });
    expect(await phone.sessionUserId()).toBe(user.id);

    const result = await laptop.as(() => changePasswordAction({ status: 'idle' }, form({ currentPassword: 'vanha-salasana-1', newPassword: 'uusi-salasana-22' })));
    expect(result).toMatchObject({ status: 'ok' });
    expect(await laptop.sessionUserId()).toBe(user.id);
    expect(await phone.sessionUserId()).toBeNull();
    // The shop's header asks /api/auth/session. next-auth alone would still name the user (its
    // cookie is a valid JWT); the app's route tells the phone it is signed out and clears the cookie.
    expect((await phone.auth('session')).body).toMatchObject({ user: { id: user.id } });
    expect(await laptop.as(() => endedSessionAnswer())).toBeNull();
    const answer = await sessionAnswer(phone);
    expect(answer.body).toEqual({});
    expect(answer.setCookie).toMatch(/^next-auth\.session-token=; Path=\/; Max-Age=0/);
    // The phone signs in again with the new password.
    expect(await phone.signIn(user.email, 'vanha-salasana-1')).toBe('CredentialsSignin');
    expect(await phone.signIn(user.email, 'uusi-salasana-22')).toBeNull();
    expect(await phone.sessionUserId()).toBe(user.id);
    expect(await laptop.sessionUserId()).toBe(user.id);
  });
});

describe('resetting the password with a link', () => {
  it('ends every session of the account, and the browser that reset it is remembered as the holder’s', async () => {
    const { user, laptop, phone } = await signedInTwice('vanha-salasana-3');
    const { token, hash } = newLinkToken();
    await prisma.passwordResetToken.create({ data: { userId: user.id, tokenHash: hash, expiresAt: new Date(Date.now() + 3_600_000) } });
    const borrowed = new TestBrowser('192.0.2.42');
    const result = await borrowed.as(() => resetPasswordAction({ status: 'idle' }, form({ token, password: 'uusi-salasana-44' })));
    expect(result).toMatchObject({ status: 'ok' });
    expect(await laptop.sessionUserId()).toBeNull();
    expect(await phone.sessionUserId()).toBeNull();
    expect(borrowed.cookies.get('digijalka_device')).toMatch(new RegExp(`^${user.id}\\.`));
    expect(await borrowed.signIn(user.email, 'uusi-salasana-44')).toBeNull();
    expect(await borrowed.sessionUserId()).toBe(user.id);
  });
});
