import { uniqueEmail } from '../support/accounts';
import { linkIn, waitForEmail } from '../support/mail';
import { signUpWithEmailLink } from '../support/sign-up';
import { expect, test } from '../support/test';

test('changing the e-mail needs the password and a link sent to the new address', async ({ page }) => {
  const oldEmail = uniqueEmail('vanha');
  const newEmail = uniqueEmail('uusi');
  const password = 'tilin-salasana-9';
  await signUpWithEmailLink(page, { name: 'Vaihtaja', email: oldEmail, password });

  const form = page.locator('section', { has: page.getByRole('heading', { name: 'Vaihda sähköpostiosoite' }) });
  await form.getByLabel('Uusi sähköpostiosoite').fill(newEmail);
  await form.getByLabel('Nykyinen salasana').fill('väärä-salasana');
  await form.getByRole('button', { name: 'Lähetä vahvistuslinkki' }).click();
  await expect(form.getByText('Salasana ei ole oikein.')).toBeVisible();

  await form.getByLabel('Nykyinen salasana').fill(password);
  await form.getByRole('button', { name: 'Lähetä vahvistuslinkki' }).click();
  await expect(form.getByText(`Vahvistuslinkki lähetettiin osoitteeseen ${newEmail}`)).toBeVisible();
  // Not changed until the link is opened.
  await page.reload();
  await expect(page.getByText(`Kirjautuneena: ${oldEmail}`)).toBeVisible();

  const mail = await waitForEmail(newEmail, /Vahvista uusi sähköpostiosoitteesi/);
  await page.goto(linkIn(mail, '/account/confirm-email'));
  await expect(page.getByText(`Tilisi sähköpostiosoite on nyt ${newEmail}.`)).toBeVisible();
  await waitForEmail(oldEmail, /sähköpostiosoite vaihdettiin/);

  // The link works once.
  await page.goto(linkIn(mail, '/account/confirm-email'));
  await expect(page.getByText('Linkki ei kelpaa')).toBeVisible();
  await page.goto('/account');
  await expect(page.getByText(`Kirjautuneena: ${newEmail}`)).toBeVisible();
});

test('name and language are saved', async ({ page }) => {
  const email = uniqueEmail('profiili');
  await signUpWithEmailLink(page, { name: 'Ennen', email, password: 'profiili-salasana' });
  const form = page.locator('section', { has: page.getByRole('heading', { name: 'Omat tiedot' }) });
  await form.getByLabel('Nimi').fill('Jälkeen');
  await form.getByLabel('Asioinnin kieli').selectOption('en');
  await form.getByRole('button', { name: 'Tallenna tiedot' }).click();
  await expect(form.getByText('Tiedot tallennettu.')).toBeVisible();
  await page.reload();
  await expect(form.getByLabel('Nimi')).toHaveValue('Jälkeen');
  await expect(form.getByLabel('Asioinnin kieli')).toHaveValue('en');
});
