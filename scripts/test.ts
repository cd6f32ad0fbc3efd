// `npm test`: unit, integration and browser tests, one after another. Exits non-zero when any
// test fails, and ends with one line "N passed, N failed" summed over every suite.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

type Counts = { passed: number; failed: number; skipped: number };
const reportsDir = path.resolve('.data/test-reports');
rmSync(reportsDir, { recursive: true, force: true });
mkdirSync(reportsDir, { recursive: true });

function run(command: string, args: string[], env: Record<string, string> = {}): number {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function vitest(project: string): { exit: number; counts: Counts } {
  const file = path.join(reportsDir, `${project}.json`);
  const exit = run('npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    return { exit, counts: { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests } };
  } catch {
    return { exit: exit || 1, counts: { passed: 0, failed: 1, skipped: 0 } };
  }
}

function playwright(): { exit: number; counts: Counts } {
  const file = path.join(reportsDir, 'e2e.json');
  const exit = run('npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
  try {
    const { stats } = JSON.parse(readFileSync(file, 'utf8'));
    return { exit, counts: { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped } };
  } catch {
    return { exit: exit || 1, counts: { passed: 0, failed: 1, skipped: 0 } };
  }
}

const suites = [
  ['unit', () => vitest('unit')],
  ['integration', () => vitest('integration')],
  ['browser', playwright],
] as const;

const total: Counts = { passed: 0, failed: 0, skipped: 0 };
let exit = 0;
for (const [name, runSuite] of suites) {
  console.log(`\n=== ${name} tests ===`);
  const result = runSuite();
  total.passed += result.counts.passed;
  total.failed += result.counts.failed;
  total.skipped += result.counts.skipped;
  if (result.exit !== 0) exit = 1;
}
if (total.passed === 0) exit = 1; // a run that executed no test is not a pass
console.log(`\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(exit);
