import { chromium, devices } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-first-run'] });
const d = { ...devices['Pixel 7'] }; delete d.defaultBrowserType;
const ctx = await browser.newContext(d);
const page = await ctx.newPage();
for (const [url, file, scroll] of process.argv.slice(2).map((a) => a.split('='))) {
  await page.goto('http://localhost:3055' + url, { waitUntil: 'networkidle' });
  if (scroll) { await page.evaluate((y) => window.scrollTo(0, Number(y)), scroll); await page.waitForTimeout(1500); }
  await page.screenshot({ path: file });
}
await browser.close();
