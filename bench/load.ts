// HTTP load with autocannon, keeping every response time so that p50/p95/p99 are exact.
import autocannon from 'autocannon';

export type LoadResult = {
  url: string;
  connections: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
};

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

/**
 * `connections` clients requesting `url` for `seconds`. With `pathFor`, each request asks for a
 * path of its own (`pathFor(n)` for the n-th request) on the same server instead.
 */
export async function load(url: string, connections: number, seconds = 10, pathFor?: (n: number) => string): Promise<LoadResult> {
  const times: number[] = [];
  let sent = 0;
  const requests = pathFor ? [{ setupRequest: (request: { path: string }) => ({ ...request, path: pathFor(sent++) }) }] : undefined;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, pipelining: 1, requests } as autocannon.Options, (error, done) =>
      error ? reject(error) : resolve(done),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  return {
    url,
    connections,
    requests: result.requests.total,
    rps: Math.round(result.requests.total / seconds),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** A short run first, so that caches are warm and the JIT has done its work. */
export async function warmUp(url: string) {
  await autocannon({ url, connections: 4, duration: 3 });
}

/**
 * `runs` loads of `url` one after the other, and the one in the middle by p95: on a shared
 * two-core machine a single 10 s run moves by a fifth from one run to the next.
 */
export async function loadMedian(url: string, connections: number, seconds = 10, runs = 3): Promise<LoadResult> {
  const results: LoadResult[] = [];
  for (let run = 0; run < runs; run++) results.push(await load(url, connections, seconds));
  results.sort((a, b) => a.p95 - b.p95);
  return results[Math.floor(results.length / 2)];
}
