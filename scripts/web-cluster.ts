// The Next.js server on every core: Node's cluster module forks one server process per core
// (scripts/web-worker.mjs); they all listen on one port and this process hands connections
// round-robin. Chosen over several `next start` processes on different ports because it needs
// no load balancer in front, and this process sees each server exit and starts a new one.
// The page cache is shared through lib/cache/next-cache-handler.mjs, so every process serves
// the same pages.
import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';

// A server that keeps dying is not restarted forever: after this many deaths within the
// window, everything stops and `npm start` exits non-zero for a process manager to act on.
const MAX_DEATHS = 3;
const DEATH_WINDOW_MS = 60_000;
// After asking the servers to stop: the time they have to finish requests in flight.
const STOP_TIMEOUT_MS = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 25_000) + 5_000;

export type WebCluster = {
  /** Resolves when every server process has started listening. */
  listening: Promise<void>;
  /** Resolves with the exit code once every server process has exited. */
  exited: Promise<number>;
  /** Asks every server to stop taking requests, finish those in flight and exit. */
  stop: () => void;
};

/** WEB_CONCURRENCY server processes, or one per core. */
export function webConcurrency(): number {
  const configured = Number(process.env.WEB_CONCURRENCY);
  return Number.isInteger(configured) && configured > 0 ? configured : availableParallelism();
}

export function startWebCluster(env: NodeJS.ProcessEnv, size = webConcurrency()): WebCluster {
  cluster.setupPrimary({ exec: 'scripts/web-worker.mjs', execArgv: [] });
  const workers = new Map<number, Worker>(); // slot -> its current process
  const deaths: number[] = [];
  let stopping = false;
  let exitCode = 0;
  let resolveExited: (code: number) => void = () => {};
  const exited = new Promise<number>((resolve) => (resolveExited = resolve));
  let listening = 0;
  let resolveListening: () => void = () => {};
  const allListening = new Promise<void>((resolve) => (resolveListening = resolve));

  // Background jobs run in slot 0 only (pg-boss would run each job once anyway; this keeps the
  // database connections few). Its replacement takes them over.
  const fork = (slot: number) => {
    const jobsInApp = slot === 0 ? (env.JOBS_IN_APP ?? 'true') : 'false';
    const worker = cluster.fork({ ...env, JOBS_IN_APP: jobsInApp });
    workers.set(slot, worker);
    worker.on('message', (message: { type?: string }) => {
      if (message?.type === 'listening' && ++listening === size) {
        resolveListening();
        console.log(`Ready on http://localhost:${env.PORT}, ${size} server process${size === 1 ? '' : 'es'}.`);
      }
    });
    worker.on('exit', (code, signal) => {
      if (workers.get(slot) === worker) workers.delete(slot);
      if (stopping) {
        if (workers.size === 0) resolveExited(exitCode);
        return;
      }
      const now = Date.now();
      deaths.push(now);
      while (deaths.length && deaths[0] < now - DEATH_WINDOW_MS) deaths.shift();
      const how = signal ? `was killed (${signal})` : `exited with code ${code}`;
      if (deaths.length >= MAX_DEATHS) {
        console.error(`A server process ${how}, the ${deaths.length}th time within a minute: stopping.`);
        exitCode = 1;
        stop();
        return;
      }
      console.error(`A server process ${how}: starting a new one.`);
      fork(slot);
    });
  };

  function stop() {
    stopping = true;
    if (workers.size === 0) {
      resolveExited(exitCode);
      return;
    }
    for (const worker of workers.values()) worker.process.kill('SIGTERM');
    setTimeout(() => {
      for (const worker of workers.values()) worker.process.kill('SIGKILL');
    }, STOP_TIMEOUT_MS).unref();
  }

  for (let slot = 0; slot < size; slot++) fork(slot);
  return { listening: allListening, exited, stop };
}
