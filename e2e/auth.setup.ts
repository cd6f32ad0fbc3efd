// Signs in once per role and saves the session, so that specs can start signed in.
import { test as setup, expect } from '@playwright/test';
import { accounts, storageState } from './support/accounts';

const people = [
  ['owner', accounts.owner],
  ['staff', accounts.staffJyvaskyla],
  ['staffTampere', accounts.staffTampere],
  ['customer', accounts.customer],
] as const;

for (const [person, account] of people) {
  setup(`sign in as ${person}`, async ({ page }) => {
    await page.goto('/signin');
    await page.getByLabel('Sähköposti').first().fill(account.email);
    await page.getByLabel('Salasana').fill(account.password);
    await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
    await expect(page).toHaveURL(/\/account$/);
    await page.context().storageState({ path: storageState(person) });
  });
}
