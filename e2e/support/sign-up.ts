// Signing up as a new shopper does: the form, then the link in the e-mail and the same password.
import type { Page } from '@playwright/test';
import { expect } from './test';
import { linkIn, waitForEmail } from './mail';

export async function signUpWithEmailLink(page: Page, account: { name: string; email: string; password: string }) {
  await page.goto('/signup');
  await page.getByLabel('Nimi').fill(account.name);
  await page.getByLabel('Sähköposti').fill(account.email);
  await page.getByLabel('Salasana').fill(account.password);
  await page.getByRole('button', { name: 'Luo tili' }).click();
  await expect(page.getByText(`lähetimme osoitteeseen ${account.email} linkin`)).toBeVisible();
  const mail = await waitForEmail(account.email, /Vahvista sähköpostiosoitteesi/);
  await page.goto(linkIn(mail, '/signup/confirm'));
  await page.getByLabel('Salasana').fill(account.password);
  await page.getByRole('button', { name: 'Luo tili' }).click();
  await expect(page).toHaveURL(/\/account$/);
}
