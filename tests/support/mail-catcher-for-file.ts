// The mail catcher (tests/support/mail-catcher.ts) for the integration tests that read what the
// shop e-mailed.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll } from 'vitest';
import { startMailCatcher } from './mail-catcher';

/**
 * A mail catcher for one test file: from its beforeAll on, the shop sends over SMTP to it
 * (SMTP_URL; links to http://shop.test), and its afterAll stops it. `mailsTo(address)`: the
 * messages that arrived for the address, oldest first; `beforeReading` runs first (for example
 * the work that requests left to run after their answers).
 */
export function mailCatcherForFile(options: { beforeReading?: () => Promise<void> } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'digijalka-mail-'));
  const catcher = { smtpUrl: '', stop: async () => {} };
  beforeAll(async () => {
    const started = await startMailCatcher(dir);
    catcher.stop = started.stop;
    catcher.smtpUrl = `smtp://127.0.0.1:${started.port}`;
    process.env.SMTP_URL = catcher.smtpUrl;
    process.env.NEXTAUTH_URL = 'http://shop.test';
  });
  afterAll(async () => {
    await catcher.stop();
    rmSync(dir, { recursive: true, force: true });
    delete process.env.SMTP_URL;
  });
  return {
    /** The catcher's address (set from beforeAll on): for a test that points SMTP_URL elsewhere and back. */
    smtpUrl: () => catcher.smtpUrl,
    async mailsTo(address: string) {
      await options.beforeReading?.();
      const files = readdirSync(dir).filter((f) => f.includes(address)).sort();
      return Promise.all(files.map(async (f) => simpleParser(readFileSync(path.join(dir, f)))));
    },
  };
}
