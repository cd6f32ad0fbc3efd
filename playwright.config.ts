import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);

// Every browser test comes from 127.0.0.1, so the per-network abuse limits (sign-ups, sign-in and
// reset e-mails, pay-at-pickup checkouts) would count the whole suite as one visitor. The shops the
// tests start (the webServer, and those started by specs) inherit these; the tests of the limits
// themselves (tests/integration, e2e/security) set what they check.
process.env.SIGN_UP_LIMIT_PER_NETWORK ??= '10000';
process.env.AUTH_EMAIL_LIMIT_PER_NETWORK ??= '10000';
process.env.PAY_AT_PICKUP_LIMIT_PER_NETWORK ??= '10000';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  forbidOnly: true,
  use: {
    baseURL: `http://localhost:${port}`,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-gpu'],
    },
  },
  projects: [
    { name: 'setup', testMatch: /.*\.setup\.ts/ },
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], channel: undefined },
      dependencies: ['setup'],
      testIgnore: /.*\.setup\.ts/,
    },
  ],
  webServer: {
    command: `npx tsx scripts/e2e-server.ts`,
    url: `http://localhost:${port}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: { E2E_PORT: String(port) },
  },
});
