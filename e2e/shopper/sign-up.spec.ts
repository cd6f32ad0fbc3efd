import { accounts, uniqueEmail } from '../support/accounts';
import { expect, test } from '../support/test';

test('sign-up with bad input shows Finnish field errors and creates nothing', async ({ page }) => {
  const email = uniqueEmail('huono');
  await page.goto('/signup');
  await page.getByLabel('Nimi').fill('Testi Testinen');
  await page.getByLabel('Sähköposti').fill('ei-osoite');
  await page.getByLabel('Salasana').fill('lyhyt');
  await page.getByRole('button', { name: 'Luo tili' }).click();
  await expect(page.getByText('Sähköpostiosoite ei ole kelvollinen.')).toBeVisible();
  await expect(page.getByText('Salasanassa on oltava vähintään 10 merkkiä.')).toBeVisible();
  await expect(page.getByLabel('Sähköposti')).toHaveAttribute('aria-invalid', 'true');
  // What was typed stays in the form.
  await expect(page.getByLabel('Nimi')).toHaveValue('Testi Testinen');

  // A valid address with a short password: still nothing is created...
  await page.getByLabel('Sähköposti').fill(email);
  await page.getByRole('button', { name: 'Luo tili' }).click();
  await expect(page.getByText('Salasanassa on oltava vähintään 10 merkkiä.')).toBeVisible();
  // ...so signing in with that address fails.
  await page.goto('/signin');
  await page.getByLabel('Sähköposti').first().fill(email);
  await page.getByLabel('Salasana').fill('lyhyt');
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await expect(page.getByText('Sähköposti tai salasana on väärin.')).toBeVisible();
});

test('sign-up with a taken e-mail says so, in English on the English page', async ({ page }) => {
  await page.goto('/en/signup');
  await page.getByLabel('Name').fill('Someone Else');
  await page.getByLabel('E-mail').fill(accounts.customer.email.toUpperCase());
  await page.getByLabel('Password').fill('long-enough-password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('There is already an account with this e-mail address.')).toBeVisible();
});

test('a new shopper signs up and is signed in', async ({ page }) => {
  const email = uniqueEmail('uusi');
  await page.goto('/signup');
  await page.getByLabel('Nimi').fill('Uusi Asiakas');
  await page.getByLabel('Sähköposti').fill(email);
  await page.getByLabel('Salasana').fill('hyvä-salasana-123');
  await page.getByRole('button', { name: 'Luo tili' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText(`Kirjautuneena: ${email}`)).toBeVisible();
});
