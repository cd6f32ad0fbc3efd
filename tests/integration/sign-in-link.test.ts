// Sign-in by e-mail link through next-auth's real handler, with the messages delivered to a real
// SMTP server (issue 14, item 8): the same answer for every address; an address without an
// account gets an account when its link is first used; link e-mails are limited per address and
// per network.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_AUTH_EMAILS_PER_ADDRESS, MAX_AUTH_EMAILS_PER_NETWORK } from '@/lib/auth/email-limit';
import { prisma } from '@/lib/db';
import { TestBrowser, flushAfter } from '../support/auth-browser';
import { createUser } from '../support/factories/users';
import { mailCatcherForFile } from '../support/mail-catcher-for-file';
import '../support/test-database';

vi.mock('next/headers', () => import('../support/auth-browser').then((m) => m.nextHeadersStandIn));
vi.mock('next/server', async (original) => ({ ...(await original<object>()), ...(await import('../support/auth-browser')).nextServerStandIn }));
vi.mock('next-auth', async (original) => (await import('../support/auth-browser')).nextAuthStandIn(await original()));

const { mailsTo } = mailCatcherForFile({ beforeReading: flushAfter });

beforeAll(() => {
  process.env.NEXTAUTH_SECRET = 'sign-in-link-test-secret';
});

const linkIn = (text: string) => text.match(/https?:\/\/\S+/g)!.find((u) => u.includes('/api/auth/callback/email'))!;

describe('asking for a sign-in link', () => {
  it('answers the same for an address with an account and one without, and e-mails both a working link', async () => {
    const customer = await createUser({ locale: 'en' });
    const newcomer = `uusi-${Date.now()}@example.com`;
    const known = await new TestBrowser('192.0.2.1').askForLink(customer.email);
    const unknown = await new TestBrowser('192.0.2.2').askForLink(newcomer);
    expect(unknown).toEqual(known);
    expect(known.status).toBe(200);
    expect(new URL(known.url).pathname).toBe('/api/auth/verify-request');

    const [toCustomer] = await mailsTo(customer.email);
    expect(toCustomer.subject).toBe('Your sign-in link for Pihlajan Puoti');
    expect(toCustomer.text).not.toContain('creates a customer account');
    const [toNewcomer] = await mailsTo(newcomer);
    expect(toNewcomer.subject).toBe('Kirjautumislinkkisi Pihlajan Puotiin');
    expect(toNewcomer.text).toContain('sinulle luodaan asiakastili');
  });

  it('a new customer is signed up by opening the link: the account is made, with the address verified', async () => {
    const newcomer = `linkilla-${Date.now()}@example.com`;
    const browser = new TestBrowser('192.0.2.3');
    await browser.askForLink(newcomer, 'http://shop.test/en/checkout');
    expect(await prisma.user.count({ where: { email: newcomer } })).toBe(0);
    const [mail] = await mailsTo(newcomer);
    expect(mail.subject).toBe('Your sign-in link for Pihlajan Puoti');

    expect(await browser.open(linkIn(mail.text!))).toBe('http://shop.test/en/checkout');
    const user = await prisma.user.findUniqueOrThrow({ where: { email: newcomer } });
    expect(user).toMatchObject({ role: 'CUSTOMER', active: true });
    expect(user.emailVerified).not.toBeNull();
    expect(await browser.sessionUserId()).toBe(user.id);
    // A link works once.
    expect(await new TestBrowser('192.0.2.4').open(linkIn(mail.text!))).toMatch(/error=Verification/);
  });

  it('a deactivated account gets the same answer, no e-mail, and no way in', async () => {
    const gone = await createUser();
    await prisma.user.update({ where: { id: gone.id }, data: { active: false } });
    const answer = await new TestBrowser('192.0.2.5').askForLink(gone.email);
    expect(new URL(answer.url).pathname).toBe('/api/auth/verify-request');
    expect(await mailsTo(gone.email)).toHaveLength(0);
    expect(await prisma.user.count({ where: { email: gone.email } })).toBe(1);
  });

  it(`six requests for one address send ${MAX_AUTH_EMAILS_PER_ADDRESS} e-mails, whichever networks they come from`, async () => {
    const victim = await createUser();
    const answers: string[] = [];
    for (let i = 0; i < 6; i++) {
      const { url } = await new TestBrowser(`203.0.113.${10 + i}`).askForLink(victim.email);
      answers.push(new URL(url).searchParams.get('error') ?? 'sent');
    }
    expect(answers).toEqual([...Array(MAX_AUTH_EMAILS_PER_ADDRESS).fill('sent'), ...Array(6 - MAX_AUTH_EMAILS_PER_ADDRESS).fill('LINK_RATE_LIMITED')]);
    expect(await mailsTo(victim.email)).toHaveLength(MAX_AUTH_EMAILS_PER_ADDRESS);
    // An address without an account is limited alike, so the limit tells nothing either.
    const nobody = `ei-ketaan-${Date.now()}@example.com`;
    const forNobody: string[] = [];
    for (let i = 0; i < 6; i++) {
      const { url } = await new TestBrowser(`203.0.113.${30 + i}`).askForLink(nobody);
      forNobody.push(new URL(url).searchParams.get('error') ?? 'sent');
    }
    expect(forNobody).toEqual(answers);
  });

  it(`one network gets ${MAX_AUTH_EMAILS_PER_NETWORK} link e-mails an hour, to any addresses`, async () => {
    const browser = new TestBrowser('198.51.100.200');
    const answers: string[] = [];
    for (let i = 0; i < MAX_AUTH_EMAILS_PER_NETWORK + 2; i++) {
      const { url } = await browser.askForLink(`tulva-${i}-${Date.now()}@example.com`);
      answers.push(new URL(url).searchParams.get('error') ?? 'sent');
    }
    expect(answers).toEqual([...Array(MAX_AUTH_EMAILS_PER_NETWORK).fill('sent'), 'LINK_RATE_LIMITED', 'LINK_RATE_LIMITED']);
    expect((await new TestBrowser('198.51.100.201').askForLink(`toinen-verkko-${Date.now()}@example.com`)).url).toContain('verify-request');
  });
});
