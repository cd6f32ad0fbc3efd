import { expect, test } from '../support/test';

test('the shop speaks Finnish at / and English at /en', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  await expect(page.getByRole('link', { name: /Pihlajan Puoti/ }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Kirjaudu' })).toBeVisible();

  await page.goto('/en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
});

test('the language switch keeps the page', async ({ page }) => {
  await page.goto('/signin');
  await page.getByRole('link', { name: /EN/ }).first().click();
  await expect(page).toHaveURL(/\/en\/signin$/);
  await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
});

test('health reports the database', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: 'ok', db: 'ok', version: expect.any(String) });
});

test('an unknown page is a localized 404', async ({ page }) => {
  const response = await page.goto('/ei-ole-olemassa');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
});

test('robots.txt lets search engines read the shop but not private pages', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toContain('Allow: /');
  for (const path of ['/admin', '/store', '/account', '/checkout', '/en/account']) expect(text).toContain(`Disallow: ${path}`);
});
