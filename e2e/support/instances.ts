// The shop as it runs on several machines: a real Redis (Debian's redis-server) for the page
// cache, two app processes that share it and one PostgreSQL database, and a real HAProxy in
// front of them, each started on its own port on 127.0.0.1 and stopped by the test.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../tests/support/free-port';

export type Service = { port: number; stop: () => Promise<void> };

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} did not come up within ${timeoutMs / 1000} s`);
}

export async function startRedis(): Promise<Service> {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  await waitFor(
    () =>
      new Promise((resolve) => {
        const probe = spawn('redis-cli', ['-p', String(port), 'ping'], { stdio: ['ignore', 'pipe', 'ignore'] });
        let out = '';
        probe.stdout.on('data', (chunk) => (out += chunk));
        probe.on('exit', () => resolve(out.trim() === 'PONG'));
      }),
    'Redis',
  );
  return { port, stop: () => stopChild(child) };
}

/** One app server process (scripts/web-worker.mjs) on the given build and environment. */
export async function startAppInstance(env: NodeJS.ProcessEnv): Promise<Service & { output: () => string }> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, ['scripts/web-worker.mjs'], {
    env: { ...env, PORT: String(port), NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/api/health`)).ok, `App instance on ${port}`);
  return { port, stop: () => stopChild(child), output: () => output };
}

/** HAProxy sending requests round-robin to the given ports, checking each one's readiness. */
export async function startHaproxy(backendPorts: number[]): Promise<Service> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'digijalka-haproxy-'));
  const config = path.join(dir, 'haproxy.cfg');
  writeFileSync(
    config,
    [
      'global',
      '  maxconn 1000',
      'defaults',
      '  mode http',
      '  timeout connect 5s',
      '  timeout client 60s',
      '  timeout server 60s',
      'frontend shop',
      `  bind 127.0.0.1:${port}`,
      '  option forwardfor',
      '  default_backend app',
      'backend app',
      '  balance roundrobin',
      '  option httpchk GET /api/health',
      ...backendPorts.map((backend, index) => `  server app${index + 1} 127.0.0.1:${backend} check inter 1s`),
      '',
    ].join('\n'),
  );
  const child = spawn('haproxy', ['-f', config, '-db'], { stdio: 'ignore' });
  await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/api/health`)).ok, 'HAProxy');
  return {
    port,
    stop: async () => {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
