// `npm run bench`: the web shop's speed on this machine, written to bench/RESULTS.md.
// Not a test: figures to compare with the targets in the issues, measured in one run.
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import pg from 'pg';
import { measureAdminPages, signInAsOwner } from './admin';
import { emailBurstSection, measureEmailBurst } from './email-burst';
import { firstLoadJs } from './first-load-js';
import { measureImport } from './import';
import { lighthouseScores, warmUpLighthouse, withChromium, type LighthouseScores } from './lighthouse';
import { load, loadMedian, warmUp, type LoadResult } from './load';
import { startBenchServer, type BenchServer } from './server';
import { measureShopping, type ShoppingResult, type ShoppingRun } from './shopping';
import { measureTills, type TillsRun } from './counter';
import { webConcurrency } from '../scripts/web-cluster';

const PORT = Number(process.env.BENCH_PORT ?? 3400);
const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 10_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ORDERS = Number(process.env.BENCH_ORDERS ?? 100_000);

async function pickPages(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const category = (await client.query(`SELECT slug FROM categories ORDER BY position, slug LIMIT 1`)).rows[0].slug;
  const product = (await client.query(`SELECT slug FROM products WHERE status = 'ACTIVE' AND slug NOT LIKE 'tuote-%' ORDER BY featured DESC, slug LIMIT 1`)).rows[0].slug;
  const image = (await client.query(`SELECT url FROM product_images ORDER BY url LIMIT 1`)).rows[0].url;
  // The newest published Finnish story, with its product grid (Finnish address: /tarinat/...).
  const story = (
    await client.query(`SELECT slug FROM contents WHERE type = 'STORY' AND status = 'PUBLISHED' AND locale = 'fi' ORDER BY published_at DESC LIMIT 1`)
  ).rows[0].slug;
  // Searches nobody has made before: each request one product's name, so that no page or result is
  // cached. Runs take names from their own stretch (0, 1500, 3000, 4500; the warm-ups 6000, 6300).
  const names = (await client.query(`SELECT name_fi FROM products WHERE status = 'ACTIVE' ORDER BY random() LIMIT 6600`)).rows.map((row) => row.name_fi as string);
  const version = (await client.query('SHOW server_version')).rows[0].server_version;
  await client.end();
  return {
    pages: { home: '/', category: `/category/${category}`, product: `/product/${product}`, story: `/tarinat/${story}`, search: '/search?q=kahvi' },
    staticFile: image as string,
    freshSearch: (n: number) => `/search?q=${encodeURIComponent(names[n % names.length])}`,
    postgres: version as string,
  };
}

function machine(postgres: string) {
  const cpu = os.cpus();
  return [
    `- CPU: ${cpu[0]?.model ?? 'unknown'} × ${cpu.length} (nproc ${execSync('nproc').toString().trim()})`,
    `- Memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- OS: ${os.type()} ${os.release()}`,
    `- Node.js ${process.version}, PostgreSQL ${postgres} (embedded), Next.js ${JSON.parse(execSync('node -p "JSON.stringify(require(\'next/package.json\').version)"').toString())}`,
    `- App and database on the same machine; load generator (autocannon) too.`,
  ].join('\n');
}

// One decimal below a second: a figure next to a target (p95 100 ms) must not round its way under it.
const ms = (value: number) => (!Number.isFinite(value) ? '–' : value < 1000 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`);

function loadTable(rows: LoadResult[]) {
  const lines = ['| Page | Connections | Requests/s | p50 | p95 | p99 | Errors / non-2xx |', '|---|---:|---:|---:|---:|---:|---:|'];
  for (const r of rows) lines.push(`| \`${r.url.replace(/^https?:\/\/[^/]+/, '')}\` | ${r.connections} | ${r.rps} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.errors} / ${r.non2xx} |`);
  return lines.join('\n');
}

function shoppingTable(steps: ShoppingResult[]) {
  const lines = ['| Step | Requests | p50 | p95 | p99 | Errors |', '|---|---:|---:|---:|---:|---:|'];
  for (const s of steps) lines.push(`| ${s.step} | ${s.requests} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${s.errors} |`);
  return lines.join('\n');
}

type ProcessesRun = { processes: number; product: LoadResult; freshSearch: LoadResult; pickup: ShoppingRun; card: ShoppingRun };

/**
 * The app served by `processes` server processes: the figures that grow with the cores. Each
 * measure follows a short run of the same requests that is not counted, as the product page's
 * does: a freshly started process loads the code of a page or action, compiles its queries and
 * JIT-compiles on its first requests (the first 100 orders cost 43 ms of the server's CPU each,
 * the next 100 27 ms), and with more processes each one pays that again.
 */
async function measureProcesses(
  server: BenchServer,
  processes: number,
  productPath: string,
  freshSearch: (n: number) => string,
  warmUpSearch: (n: number) => string,
): Promise<ProcessesRun> {
  console.log(`${processes} server process(es): product page, new searches, orders paid at pickup and by card…`);
  await server.serve(processes);
  const productUrl = server.base + productPath;
  await warmUp(productUrl);
  const product = await loadMedian(productUrl, 50, SECONDS);
  await load(server.base + '/search', 10, 3, warmUpSearch);
  const search = await load(server.base + '/search', 10, SECONDS, freshSearch);
  await measureShopping(server.base, server.databaseUrl, 20, { rounds: 2 });
  const pickup = await measureShopping(server.base, server.databaseUrl, 20);
  await measureShopping(server.base, server.databaseUrl, 20, { rounds: 2, payment: 'CARD' });
  const card = await measureShopping(server.base, server.databaseUrl, 20, { payment: 'CARD' });
  return { processes, product, freshSearch: search, pickup, card };
}

function processesTable(one: ProcessesRun, all: ProcessesRun) {
  const times = (a: number, b: number) => `${(b / a).toFixed(2)}×`;
  const place = (run: ShoppingRun) => run.steps[1];
  return [
    `| Measure | 1 process | ${all.processes} processes | All / one |`,
    '|---|---:|---:|---:|',
    `| Cached product page at 50 connections: requests/s | ${one.product.rps} | ${all.product.rps} | ${times(one.product.rps, all.product.rps)} |`,
    `| … p95 | ${ms(one.product.p95)} | ${ms(all.product.p95)} | |`,
    `| Searches nobody made before at 10 connections: requests/s | ${one.freshSearch.rps} | ${all.freshSearch.rps} | ${times(one.freshSearch.rps, all.freshSearch.rps)} |`,
    `| … p95 (target ≤ 250 ms) | ${ms(one.freshSearch.p95)} | ${ms(all.freshSearch.p95)} | |`,
    `| 20 shoppers without pauses, pickup paid at the store: orders/s | ${one.pickup.ordersPerSecond.toFixed(1)} | ${all.pickup.ordersPerSecond.toFixed(1)} | ${times(one.pickup.ordersPerSecond, all.pickup.ordersPerSecond)} |`,
    `| … place order p95 (errors) | ${ms(place(one.pickup).p95)} (${place(one.pickup).errors}) | ${ms(place(all.pickup).p95)} (${place(all.pickup).errors}) | |`,
    `| 20 shoppers without pauses, paid by card (Stripe Checkout session, fake Stripe): orders/s | ${one.card.ordersPerSecond.toFixed(1)} | ${all.card.ordersPerSecond.toFixed(1)} | ${times(one.card.ordersPerSecond, all.card.ordersPerSecond)} |`,
    `| … place order p95 (errors) | ${ms(place(one.card).p95)} (${place(one.card).errors}) | ${ms(place(all.card).p95)} (${place(all.card).errors}) | |`,
  ].join('\n');
}

type HeadersRun = { processes: number; on: LoadResult; off: LoadResult };

/**
 * The cached product page at 50 connections with the security headers (Content-Security-Policy,
 * X-Frame-Options, ... from next.config.ts) and without them: a second build with
 * SECURITY_HEADERS=off, a switch for this measurement only. The two are served in turn, three
 * times each, so that the machine's drift falls on both; each figure is the middle run by p95.
 */
async function measureSecurityHeaders(server: BenchServer, processes: number, productPath: string): Promise<HeadersRun> {
  console.log('Cached product page with the security headers and without them…');
  const url = server.base + productPath;
  const runs: Record<'on' | 'off', LoadResult[]> = { on: [], off: [] };
  for (let round = 0; round < 3; round++) {
    for (const headers of ['on', 'off'] as const) {
      await server.serve(processes, headers === 'off' ? { distDir: '.next-bench-no-headers', env: { SECURITY_HEADERS: 'off' } } : undefined);
      await warmUp(url);
      runs[headers].push(await load(url, 50, SECONDS));
    }
  }
  await server.serve(processes);
  const middle = (results: LoadResult[]) => [...results].sort((a, b) => a.p95 - b.p95)[1];
  return { processes, on: middle(runs.on), off: middle(runs.off) };
}

function headersTable(run: HeadersRun) {
  const row = (label: string, r: LoadResult) => `| ${label} | ${r.rps} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.errors} / ${r.non2xx} |`;
  return [
    '| Cached product page at 50 connections | Requests/s | p50 | p95 | p99 | Errors / non-2xx |',
    '|---|---:|---:|---:|---:|---:|',
    row('With the security headers', run.on),
    row('Without them (`SECURITY_HEADERS=off`)', run.off),
  ].join('\n');
}

/** Four tills of one store selling at once, as `npm start` serves (every core), after an uncounted warm-up. */
async function measureCounter(server: BenchServer, processes: number): Promise<TillsRun> {
  console.log('Four tills selling at once…');
  await server.serve(processes);
  await measureTills(server.base, server.databaseUrl, { tills: 4, salesPerTill: 5 });
  return measureTills(server.base, server.databaseUrl, { tills: 4, salesPerTill: 50 });
}

function tillsTable(run: TillsRun) {
  return [
    '| Tills at once | Sales | Sales/s | Pay: p50 | p95 (target ≤ 150 ms) | p99 | Errors | Scan: p50 | p95 |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    `| ${run.tills} | ${run.sales} | ${run.salesPerSecond.toFixed(1)} | ${ms(run.pay.p50)} | ${ms(run.pay.p95)} | ${ms(run.pay.p99)} | ${run.pay.errors + run.scan.errors} | ${ms(run.scan.p50)} | ${ms(run.scan.p95)} |`,
  ].join('\n');
}

async function main() {
  const started = new Date();
  console.log(`Starting the shop with ${PRODUCTS} products…`);
  const server = await startBenchServer(PORT, PRODUCTS, ORDERS);
  try {
    const { pages, staticFile, freshSearch, postgres } = await pickPages(server.databaseUrl);
    // One process against every core, in the same run; then the rest on every core, as `npm start` serves.
    const cores = webConcurrency();
    // BENCH_PROCESSES_ONLY=1, BENCH_HEADERS_ONLY=1, BENCH_COUNTER_ONLY=1 (any together): only those
    // sections, printed; RESULTS.md is left as it is.
    const only = { processes: process.env.BENCH_PROCESSES_ONLY, headers: process.env.BENCH_HEADERS_ONLY, counter: process.env.BENCH_COUNTER_ONLY };
    if (only.processes || only.headers || only.counter) {
      if (only.processes) {
        const one = await measureProcesses(server, 1, pages.product, (n) => freshSearch(n + 3000), (n) => freshSearch(6000 + (n % 300)));
        const all = await measureProcesses(server, cores, pages.product, (n) => freshSearch(n + 4500), (n) => freshSearch(6300 + (n % 300)));
        console.log(processesTable(one, all));
      }
      if (only.headers) console.log(headersTable(await measureSecurityHeaders(server, cores, pages.product)));
      if (only.counter) console.log(tillsTable(await measureCounter(server, cores)));
      return;
    }
    const oneProcess = await measureProcesses(server, 1, pages.product, (n) => freshSearch(n + 3000), (n) => freshSearch(6000 + (n % 300)));
    const allProcesses = await measureProcesses(server, cores, pages.product, (n) => freshSearch(n + 4500), (n) => freshSearch(6300 + (n % 300)));
    const securityHeaders = await measureSecurityHeaders(server, cores, pages.product);
    const tills = await measureCounter(server, cores);
    const rows: LoadResult[] = [];
    for (const path of [...Object.values(pages), staticFile]) {
      const url = server.base + path;
      await warmUp(url);
      for (const connections of [10, 50]) {
        console.log(`Load: ${path} at ${connections} connections`);
        rows.push(await loadMedian(url, connections, SECONDS));
      }
    }
    // Lighthouse measures the page as a phone gets it, so it runs while the server is quiet: after
    // the orders and the import below, it renders the changed pages again and PostgreSQL vacuums
    // the new rows for a while.
    const js = await firstLoadJs(server.base + pages.product);
    console.log('Lighthouse…');
    const scores: LighthouseScores[] = await withChromium(async (port) => {
      const out: LighthouseScores[] = [];
      await warmUpLighthouse(server.base + pages.home, port);
      for (const path of [pages.home, pages.category, pages.product, pages.story]) out.push(await lighthouseScores(server.base + path, port));
      return out;
    });

    console.log('Load: a new search every request, at 10 connections');
    const fresh = await load(server.base + '/search', 10, SECONDS, freshSearch);
    // One searcher at a time, with names the run above did not use.
    const freshAlone = await load(server.base + '/search', 1, SECONDS, (n) => freshSearch(n + 1500));
    const at50 = (path: string) => rows.find((r) => r.url.endsWith(path) && r.connections === 50)!;
    const ratio = at50(pages.product).rps / at50(staticFile).rps;
    const storyRatio = at50(pages.story).rps / at50(staticFile).rps;

    console.log('Shopping: 20 shoppers with 1–3 s pauses before each step…');
    const shoppers: ShoppingRun = await measureShopping(server.base, server.databaseUrl, 20, { pauseMs: [1000, 3000] });
    console.log('Shopping: 20 shoppers without pauses, and one alone…');
    const flatOut: ShoppingRun = await measureShopping(server.base, server.databaseUrl, 20);
    const solo: ShoppingRun = await measureShopping(server.base, server.databaseUrl, 1);

    console.log('Back office lists…');
    const admin = await measureAdminPages(server.base, await signInAsOwner(server.base), [
      '/admin/products',
      '/admin/products?q=kahvi',
      '/admin/products?page=50',
      '/admin/orders',
      '/admin/orders?status=PAID',
      '/admin/orders?page=200',
      '/admin/customers',
      '/admin/customers?q=virtanen',
    ]);

    console.log('Import of 10,000 rows…');
    const imported = measureImport(server.databaseUrl);

    console.log('E-mail after a burst of 1,000 orders (two workers)…');
    const email = await measureEmailBurst();

    const report = `# Benchmarks

Measured by \`npm run bench\` on ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, with the demo catalog grown to
${PRODUCTS.toLocaleString('en')} products and ${ORDERS.toLocaleString('en')} orders (\`npm run db:seed -- --scale-products ${PRODUCTS} --scale-orders ${ORDERS}\`), a production build, and
${SECONDS} s of load per run after a 3 s warm-up; each row of the page table is the middle one of three runs by p95.
The app runs as \`npm start\` runs it, one server process per core (${cores}), sharing one page cache in PostgreSQL.

## One process against all cores

The same build and database, served first by one server process and then by ${cores} (\`WEB_CONCURRENCY\`), each
measured right after the other; the load generator shares the machine. Product page: the middle of three
runs by p95. Each shopping row: 20 shoppers, each adding to the cart and placing an order five times, with
no pause between requests. Every measure follows an uncounted warm-up of the same requests (3 s of other new
searches; 20 shoppers placing two orders each), as a server that has been running a while would be.

${processesTable(oneProcess, allProcesses)}

## Security headers

The cached product page, served by ${securityHeaders.processes} server processes, with the security headers every response
carries (Content-Security-Policy, X-Frame-Options, X-Content-Type-Options, Referrer-Policy, Permissions-Policy,
Cross-Origin-Opener-Policy) and from a build without them; the two served in turn, three 10 s runs each, the middle one by p95.
With the headers it serves **${Math.round((securityHeaders.on.rps / securityHeaders.off.rps) * 100)} %** of the requests per second it serves without them.

${headersTable(securityHeaders)}

## Sales at the counter

Four tills of the Jyväskylä store selling at once, each signed in as its own session of the store's
staff, served by ${cores} server processes: each till scans three products (the scan action, one
request each) and completes a three-item cash sale ("pay": the sale with its stock movements,
payment and receipt e-mail queued), 50 sales per till without pauses, after an uncounted warm-up of
5 sales per till. "Pay" is what staff wait for at the end of a sale.

${tillsTable(tills)}

## Machine

${machine(postgres)}

## Pages under load

${loadTable(rows)}

A search is a page of its own per query, rendered on its first request and then cached for five minutes
(like the category pages), so \`/search?q=kahvi\` above is a repeated, popular search. Searches nobody made
before, a different product name on every request at 10 connections, so that each is queried and rendered afresh:
**${fresh.rps} requests/s, p50 ${ms(fresh.p50)}, p95 ${ms(fresh.p95)}, p99 ${ms(fresh.p99)}** (${fresh.errors} errors, ${fresh.non2xx} non-2xx).
One such searcher at a time: p50 ${ms(freshAlone.p50)}, p95 ${ms(freshAlone.p95)}, p99 ${ms(freshAlone.p99)} (${freshAlone.errors} errors, ${freshAlone.non2xx} non-2xx).

The product page serves **${Math.round(ratio * 100)} %** of the requests per second of a static file (\`${staticFile}\`) from the same server
at 50 connections; the story page **${Math.round(storyRatio * 100)} %**.

## Add to cart and place order (20 concurrent shoppers)

Twenty shoppers at once, each adding a product to the cart and placing a pickup order paid at the store,
five times over, through the app's server actions over HTTP. Each pauses 1–3 s before every step, as
people reading the page do; together they place **${shoppers.ordersPerSecond.toFixed(1)} orders a second**
(${Math.round(shoppers.ordersPerSecond * 3600).toLocaleString('en')} an hour):

${shoppingTable(shoppers.steps)}

**The most the server takes:** the same twenty without any pause, each sending its next request the moment
the last one is answered. They place **${flatOut.ordersPerSecond.toFixed(1)} orders a second**, and most of each time below is
waiting in line for the app's ${cores} server processes (one shopper alone needs p50 ${ms(solo.steps[0].p50)} to add to cart
and ${ms(solo.steps[1].p50)} to place an order):

${shoppingTable(flatOut.steps)}

## Back office lists (${ORDERS.toLocaleString('en')} orders, ${PRODUCTS.toLocaleString('en')} products)

The owner signed in, one request at a time (one shopkeeper at work), ${admin[0]?.requests ?? 0} requests per page after two warm-ups,
timed to the last byte of the HTML.

| Page | p50 | p95 | Errors |
|---|---:|---:|---:|
${admin.map((a) => `| \`${a.path}\` | ${ms(a.p50)} | ${ms(a.p95)} | ${a.errors} |`).join('\n')}

## Importing products (Shopify CSV)

${imported.rows.toLocaleString('en')} rows (${(imported.rows / 4).toLocaleString('en')} products in four sizes, with images and stock) with \`npm run import:products\`:
**${imported.seconds.toFixed(1)} s** from start to exit${imported.ok ? '' : ' (FAILED: see the log)'}; the same file again (every row skipped): ${imported.secondsAgain.toFixed(1)} s.
The back office runs the same code and shows progress as it goes.

## First-load JavaScript of the product page

${js.files} script files, **${(js.gzipBytes / 1024).toFixed(1)} kB** gzipped (level 9); ${(js.brotliBytes / 1024).toFixed(1)} kB with brotli.
Not counted: ${js.skippedNoModule} \`nomodule\` script (Next's legacy polyfills), which browsers that run modules never download.

## Lighthouse (mobile emulation, system Chromium; the median of five runs, after one discarded run)

| Page | Performance | Accessibility | Best practices | SEO |
|---|---:|---:|---:|---:|
${scores.map((s) => `| \`${s.url.replace(server.base, '') || '/'}\` | ${s.performance} | ${s.accessibility} | ${s.bestPractices} | ${s.seo} |`).join('\n')}

${emailBurstSection(email)}`;
    writeFileSync('bench/RESULTS.md', report);
    console.log(report);
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
