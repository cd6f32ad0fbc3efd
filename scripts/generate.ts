// `prisma generate` without network access. Generate never runs the schema engine, but the CLI
// insists on finding one; when it is missing (offline machines deny its download), point the CLI
// at any existing file. On a machine that has the engine, nothing changes.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const enginesDir = path.resolve('node_modules/@prisma/engines');
const hasEngine =
  existsSync(enginesDir) && readdirSync(enginesDir).some((f) => f.startsWith('schema-engine'));
const env = { ...process.env };
if (!hasEngine && !env.PRISMA_SCHEMA_ENGINE_BINARY) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}
execFileSync(process.execPath, ['node_modules/prisma/build/index.js', 'generate'], {
  stdio: 'inherit',
  env: { ...env, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
});
