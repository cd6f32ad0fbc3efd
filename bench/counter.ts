// Tills selling at once: the staff of one store, each on their own till (own session), scanning
// three products and completing a cash sale, again and again without pauses, through the app's
// real server actions over HTTP. What staff wait for at the end of a sale is "pay": its time is
// the figure that counts; the scans are timed too.
import pg from 'pg';
import { signInAs } from './admin';
import { percentile } from './load';
import { actionId, callAction } from './server-action';

export type TillsRun = {
  tills: number;
  sales: number;
  salesPerSecond: number;
  pay: { p50: number; p95: number; p99: number; errors: number };
  scan: { p50: number; p95: number; errors: number };
};

const STAFF = { email: 'jyvaskyla@pihlajanpuoti.example', password: 'Pihlaja-demo-2026' };

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

/** `tills` tills at the Jyväskylä store, each making `salesPerTill` three-item cash sales. */
export async function measureTills(base: string, databaseUrl: string, { tills = 4, salesPerTill = 25, distDir = '.next-bench' } = {}): Promise<TillsRun> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  // Products Jyväskylä has plenty of, so that no sale fails for lack of stock.
  const { rows } = await client.query<{ ean: string | null; sku: string; store_id: string }>(
    `SELECT v.ean, v.sku, s.id AS store_id
       FROM stock_levels l JOIN product_variants v ON v.id = l.variant_id AND v.active
       JOIN products p ON p.id = v.product_id AND p.status = 'ACTIVE' JOIN stores s ON s.id = l.store_id
      WHERE s.slug = 'jyvaskyla' AND l.on_hand - l.reserved >= $1
      ORDER BY l.on_hand DESC, v.sku LIMIT 60`,
    [Math.ceil((tills * salesPerTill * 3) / 60) + 2],
  );
  await client.end();
  if (rows.length < 3) throw new Error('Not enough stock at Jyväskylä for the till benchmark');
  const storeId = rows[0].store_id;

  const scanId = actionId('lib/actions/counter-lookup.ts', 'counterScanAction', distDir);
  const sellId = actionId('lib/actions/counter-sell.ts', 'counterSellAction', distDir);
  const page = `${base}/store/jyvaskyla/sell`;
  const cookies = await Promise.all(Array.from({ length: tills }, () => signInAs(base, STAFF)));
  const scans: number[] = [];
  const pays: number[] = [];
  let scanErrors = 0;
  let payErrors = 0;
  let next = 0;

  const started = performance.now();
  await Promise.all(
    cookies.map(async (cookie) => {
      for (let sale = 0; sale < salesPerTill; sale++) {
        const items = [rows[next++ % rows.length], rows[next++ % rows.length], rows[next++ % rows.length]];
        const lines: { variantId: string; quantity: number }[] = [];
        for (const item of items) {
          const t0 = performance.now();
          const scanned = await scan(page, scanId, storeId, item.ean ?? item.sku, cookie);
          scans.push(performance.now() - t0);
          if (!scanned) scanErrors++;
          else lines.push({ variantId: scanned, quantity: 1 });
        }
        const t0 = performance.now();
        const paid = await callAction(page, sellId, [{ storeId, tillKey: crypto.randomUUID(), lines, payment: { method: 'CASH', givenCents: 1_000_000 } }], cookie);
        pays.push(performance.now() - t0);
        if (!paid.ok) payErrors++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    tills,
    sales: pays.length,
    salesPerSecond: (pays.length - payErrors) / seconds,
    pay: { ...stats(pays), errors: payErrors },
    scan: { ...stats(scans), errors: scanErrors },
  };
}

/** The scanned code's variant id, read from the action's answer; null when it was not found. */
async function scan(page: string, id: string, storeId: string, code: string, cookie: string): Promise<string | null> {
  const answer = await callAction(page, id, [storeId, code], cookie);
  return /"variantId":"([0-9a-f-]{36})"/.exec(answer.text)?.[1] ?? null;
}
