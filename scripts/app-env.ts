// Environment the Next.js server needs, with defaults that make `npm start` work on a fresh clone.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dataDir } from './data-dir';

/** NEXTAUTH_SECRET from the environment, or one generated once and kept in .data/. */
export function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (process.env.NODE_ENV === 'production' && process.env.CI !== 'true' && !process.env.ALLOW_GENERATED_SECRET) {
    console.warn('NEXTAUTH_SECRET is not set: using a generated secret kept in .data/auth-secret.');
  }
  const file = dataDir('auth-secret');
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

export function appServerEnv(databaseUrl: string, port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXTAUTH_SECRET: authSecret(),
    NEXT_TELEMETRY_DISABLED: '1',
  };
}
