import type { Page } from '@playwright/test';
import { accounts, uniqueEmail } from '../support/accounts';
import { linkIn, waitForEmail } from '../support/mail';
import { signUpWithEmailLink } from '../support/sign-up';
import { expect, test } from '../support/test';

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel('Sähköposti').first().fill(email);
  await page.getByLabel('Salasana').fill(password);
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
}

async function signUp(page: Page, email: string, password: string) {
  await signUpWithEmailLink(page, { name: 'Testi Henkilö', email, password });
  // A browser that has never signed in to the account (no session, no device cookie).
  await page.context().clearCookies();
}

test('a wrong password is refused, the right one signs in, and sign-out signs out', async ({ page }) => {
  await page.goto('/signin');
  await signIn(page, accounts.customer.email, 'väärä-salasana');
  await expect(page.getByText('Sähköposti tai salasana on väärin.')).toBeVisible();
  await signIn(page, accounts.customer.email, accounts.customer.password);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText(`Kirjautuneena: ${accounts.customer.email}`)).toBeVisible();

  await page.getByText('Aino Asiakas').first().click();
  await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
  await expect(page.getByRole('link', { name: 'Kirjaudu' })).toBeVisible();
  await page.goto('/account');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faccount$/);
});

test('twenty wrong passwords in a row from a browser that never signed in are stopped with a clear message', async ({ page }) => {
  const email = uniqueEmail('lukko');
  const password = 'oikea-salasana-123';
  await signUp(page, email, password);
  await page.goto('/signin');
  const messages: string[] = [];
  for (let attempt = 1; attempt <= 20; attempt++) {
    await signIn(page, email, `väärä-${attempt}`);
    const status = page.getByRole('status').filter({ hasText: /väärin|Liian monta/ });
    await expect(status).toBeVisible();
    messages.push((await status.textContent()) ?? '');
    await page.getByRole('button', { name: 'Kirjaudu', exact: true }).isEnabled();
  }
  expect(messages.slice(0, 10).every((m) => m.includes('Sähköposti tai salasana on väärin.'))).toBe(true);
  expect(messages.slice(10).every((m) => m.includes('Liian monta epäonnistunutta kirjautumisyritystä'))).toBe(true);
  // Even the right password waits until the window has passed.
  await signIn(page, email, password);
  await expect(page.getByText('Liian monta epäonnistunutta kirjautumisyritystä')).toBeVisible();
  await expect(page).toHaveURL(/\/signin/);
});

test('a forgotten password is reset with the link from the e-mail', async ({ page }) => {
  const email = uniqueEmail('unohtui');
  await signUp(page, email, 'vanha-salasana-1');
  await page.goto('/forgot-password');
  await page.getByLabel('Sähköposti').fill(email);
  await page.getByRole('button', { name: 'Lähetä linkki' }).click();
  await expect(page.getByText('Jos osoitteella on tili')).toBeVisible();

  const mail = await waitForEmail(email, /Salasanan vaihtaminen/);
  await page.goto(linkIn(mail, '/reset-password'));
  await page.getByLabel('Uusi salasana').fill('uusi-salasana-2');
  await page.getByRole('button', { name: 'Tallenna salasana' }).click();
  await expect(page.getByText('Salasana vaihdettu.')).toBeVisible();

  await page.goto('/signin');
  await signIn(page, email, 'uusi-salasana-2');
  await expect(page).toHaveURL(/\/account$/);
});

test('a magic link from the e-mail signs in', async ({ page }) => {
  await page.goto('/signin');
  await page.getByLabel('Sähköposti').nth(1).fill(accounts.customer.email);
  await page.getByRole('button', { name: 'Lähetä kirjautumislinkki' }).click();
  await expect(page.getByText('Kirjautumislinkki on lähetetty.')).toBeVisible();
  const mail = await waitForEmail(accounts.customer.email, /Kirjautumislinkkisi/);
  await page.goto(linkIn(mail, '/api/auth/callback/email'));
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText(`Kirjautuneena: ${accounts.customer.email}`)).toBeVisible();
});

test('a sign-in link to an address without an account signs a new customer up', async ({ page }) => {
  const email = uniqueEmail('linkilla');
  await page.goto('/signin');
  await page.getByLabel('Sähköposti').nth(1).fill(email);
  await page.getByRole('button', { name: 'Lähetä kirjautumislinkki' }).click();
  await expect(page.getByText('Kirjautumislinkki on lähetetty.')).toBeVisible();
  const mail = await waitForEmail(email, /Kirjautumislinkkisi/);
  expect(mail.text).toContain('sinulle luodaan asiakastili');
  await page.goto(linkIn(mail, '/api/auth/callback/email'));
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText(`Kirjautuneena: ${email}`)).toBeVisible();
});

