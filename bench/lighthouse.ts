// Lighthouse (mobile, its default) on the system Chromium.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';

export type LighthouseScores = { url: string; performance: number; accessibility: number; bestPractices: number; seo: number };

export async function withChromium<T>(run: (port: number) => Promise<T>): Promise<T> {
  const port = 9333;
  const profile = mkdtempSync(path.join(os.tmpdir(), 'digijalka-lh-'));
  const chromium = spawn(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync',
    '--disable-background-networking', '--disable-component-update', `--user-data-dir=${profile}`,
    `--remote-debugging-port=${port}`, 'about:blank',
  ], { stdio: 'ignore' });
  try {
    for (let i = 0; i < 50; i++) {
      if (await fetch(`http://127.0.0.1:${port}/json/version`).then((r) => r.ok, () => false)) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return await run(port);
  } finally {
    // Wait for Chromium to exit: until then it may still write into its profile.
    const exited = chromium.exitCode !== null ? Promise.resolve() : once(chromium, 'exit');
    chromium.kill();
    await exited;
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
}

/**
 * Lighthouse varies from run to run: the median of five runs, per category, as Lighthouse's
 * own guide on variability advises.
 */
export async function lighthouseScores(url: string, port: number): Promise<LighthouseScores> {
  const runs: LighthouseScores[] = [];
  for (let i = 0; i < 5; i++) runs.push(await lighthouseRun(url, port));
  const median = (key: Exclude<keyof LighthouseScores, 'url'>) => runs.map((run) => run[key]).sort((a, b) => a - b)[2];
  return { url, performance: median('performance'), accessibility: median('accessibility'), bestPractices: median('bestPractices'), seo: median('seo') };
}

/**
 * One run whose scores are thrown away: the first run in a freshly started Chromium also pays
 * for the browser's own start-up work, which scored the first page measured up to ten lower.
 */
export async function warmUpLighthouse(url: string, port: number): Promise<void> {
  await lighthouseRun(url, port);
}

async function lighthouseRun(url: string, port: number): Promise<LighthouseScores> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  const categories = result!.lhr.categories;
  const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100);
  return { url, performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') };
}
