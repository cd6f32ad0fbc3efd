import { accounts, uniqueEmail } from '../support/accounts';
import { waitForEmail } from '../support/mail';
import { signUpWithEmailLink } from '../support/sign-up';
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

test('sign-up answers the same for a taken e-mail, in English on the English page, and tells the holder by e-mail', async ({ page }) => {
  const fresh = uniqueEmail('fresh');
  const answers: string[] = [];
  for (const email of [fresh, accounts.customer.email.toUpperCase()]) {
    await page.goto('/en/signup');
    await page.getByLabel('Name').fill('Someone Else');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill('long-enough-password');
    await page.getByRole('button', { name: 'Create account' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Check your e-mail' });
    await expect(status).toBeVisible();
    answers.push(((await status.textContent()) ?? '').replace(email.toLowerCase(), '<email>'));
  }
  expect(answers[1]).toBe(answers[0]);
  await expect(page.getByText('There is already an account')).toHaveCount(0);
  await waitForEmail(accounts.customer.email, /Sinulla on jo tili Pihlajan Puodissa/);
  await waitForEmail(fresh, /Confirm your e-mail address for Pihlajan Puoti/);
});

test('a new shopper signs up, opens the link from the e-mail and is signed in', async ({ page }) => {
  const email = uniqueEmail('uusi');
  await signUpWithEmailLink(page, { name: 'Uusi Asiakas', email, password: 'hyvä-salasana-123' });
  await expect(page.getByText(`Kirjautuneena: ${email}`)).toBeVisible();
});
