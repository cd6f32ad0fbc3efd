import { storageState } from './support/accounts';
import { expect, test } from './support/test';

test.describe('anonymous visitors', () => {
  for (const path of ['/account', '/store', '/store/jyvaskyla/pickups', '/store/jyvaskyla/returns', '/admin', '/admin/outbox']) {
    test(`are sent to sign in from ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveURL(new RegExp(`/signin\\?callbackUrl=${encodeURIComponent(path)}$`));
      await expect(page.getByRole('heading', { name: 'Kirjaudu sisään', level: 1 })).toBeVisible();
    });
  }

  test('are sent to the English sign-in from /en/admin', async ({ page }) => {
    await page.goto('/en/admin');
    await expect(page).toHaveURL(/\/en\/signin\?callbackUrl=%2Fadmin$/);
  });
});

test.describe('a customer', () => {
  test.use({ storageState: storageState('customer') });

  for (const path of ['/admin', '/store', '/store/jyvaskyla/pickups', '/store/jyvaskyla/handover', '/store/tampere/returns', '/admin/outbox']) {
    test(`gets a 403 page at ${path}`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Sinulla ei ole pääsyä');
    });
  }

  test('reaches their own account', async ({ page }) => {
    const response = await page.goto('/account');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { name: 'Oma tili', level: 1 })).toBeVisible();
  });
});

test.describe('staff', () => {
  test.use({ storageState: storageState('staff') });

  test('get a 403 page in the back office', async ({ page }) => {
    const response = await page.goto('/admin');
    expect(response?.status()).toBe(403);
  });

  test('reach the staff screens of their own store only', async ({ page }) => {
    const response = await page.goto('/store');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { name: 'Pihlajan Puoti Jyväskylä' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Pihlajan Puoti Tampere' })).toHaveCount(0);
    expect((await page.goto('/store/jyvaskyla/pickups'))?.status()).toBe(200);
  });

  for (const path of ['/store/tampere/pickups', '/store/tampere/pick-list', '/store/tampere/handover', '/store/tampere/returns']) {
    test(`of another store get a 403 page at ${path}`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Sinulla ei ole pääsyä');
    });
  }
});

test.describe('the owner', () => {
  test.use({ storageState: storageState('owner') });

  test('reaches the back office and every store', async ({ page }) => {
    expect((await page.goto('/admin'))?.status()).toBe(200);
    await expect(page.getByRole('heading', { name: 'Yleiskatsaus', level: 1 })).toBeVisible();
    expect((await page.goto('/store'))?.status()).toBe(200);
    await expect(page.getByRole('heading', { name: 'Pihlajan Puoti Tampere' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Pihlajan Puoti Jyväskylä' })).toBeVisible();
  });

  test('reads the e-mails the shop sent', async ({ page }) => {
    await page.goto('/admin/outbox');
    await expect(page.getByRole('heading', { name: 'Sähköpostit', level: 1 })).toBeVisible();
    await expect(page.getByText('SMTP on käytössä')).toBeVisible();
  });
});
