// Password guessing on the production build (issue 14, items 4 and 5): an attacker failing on
// the owner's account cannot keep the owner out, and the limits count the address the server
// saw, not the one a client writes into X-Forwarded-For.
import { accounts, storageState, uniqueEmail } from '../support/accounts';
import { query } from '../support/db';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/test';

async function trySignIn(page: Page, email: string, password: string): Promise<string> {
  await page.getByLabel('Sähköposti').first().fill(email);
  await page.getByLabel('Salasana').fill(password);
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  const status = page.getByRole('status').filter({ hasText: /väärin|Liian monta/ });
  await expect(status).toBeVisible();
  const text = (await status.textContent()) ?? '';
  await expect(page.getByRole('button', { name: 'Kirjaudu', exact: true })).toBeEnabled();
  return text.includes('Liian monta') ? 'stopped' : 'wrong';
}

test('the owner signs in with the right password from a browser used before, while an attacker keeps failing; the attacker is stopped', async ({ browser }) => {
  // The owner's browser signed in before (auth.setup): it kept the device cookie the sign-in gave it.
  const ownersContext = await browser.newContext({ storageState: storageState('owner') });
  expect((await ownersContext.cookies()).map((c) => c.name)).toContain('digijalka_device');
  await ownersContext.clearCookies({ name: 'next-auth.session-token' }); // signed out since
  const owner = await ownersContext.newPage();

  const attackersContext = await browser.newContext();
  const attacker = await attackersContext.newPage();
  await attacker.goto('/signin');
  const outcomes: string[] = [];
  for (let i = 0; i < 12; i++) outcomes.push(await trySignIn(attacker, accounts.owner.email, `arvaus-${i}`));
  expect(outcomes).toEqual([...Array(10).fill('wrong'), 'stopped', 'stopped']);

  await owner.goto('/signin');
  await owner.getByLabel('Sähköposti').first().fill(accounts.owner.email);
  await owner.getByLabel('Salasana').fill(accounts.owner.password);
  await owner.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await expect(owner).toHaveURL(/\/account$/);
  await owner.goto('/admin');
  await expect(owner).toHaveURL(/\/admin$/);
  await expect(owner.getByRole('heading', { level: 1 })).toBeVisible();

  // The attacker goes on failing, and is stopped even when it hits on the right password.
  expect(await trySignIn(attacker, accounts.owner.email, `arvaus-12`)).toBe('stopped');
  expect(await trySignIn(attacker, accounts.owner.email, accounts.owner.password)).toBe('stopped');
  await expect(attacker).toHaveURL(/\/signin/);
  await attackersContext.close();
  await ownersContext.close();
});

test('a forged X-Forwarded-For does not change the address the sign-in limits count', async ({ playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.99' } });
  const { csrfToken } = (await (await api.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const email = uniqueEmail('vaarennetty');
  const answer = await api.post('/api/auth/callback/credentials', { form: { email, password: 'väärä-salasana', csrfToken, json: 'true' } });
  expect(((await answer.json()) as { url: string }).url).toContain('error=CredentialsSignin');
  // Counted for the address the connection came from (this machine), not the forged one.
  const rows = await query<{ network: string }>('SELECT network FROM sign_in_failures WHERE email = $1', [email]);
  expect(rows.map((r) => r.network)).toEqual([expect.stringMatching(/^(127\.0\.0\.1|0:0:0:0::\/64)$/)]);
  await api.dispose();
});
