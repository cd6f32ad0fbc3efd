// Shoppers in parallel, each adding a product to the cart and placing a pickup order, paid at
// the store or by card (a Stripe Checkout session on the fake Stripe), through the app's real
// server actions over HTTP.
import pg from 'pg';
import { percentile } from './load';
import { actionId, callAction } from './server-action';

export type ShoppingResult = { step: string; requests: number; p50: number; p95: number; p99: number; errors: number };
/** The two steps' times, and how many orders the shoppers placed per second together. */
export type ShoppingRun = { steps: ShoppingResult[]; ordersPerSecond: number };

function summarize(step: string, times: number[], errors: number): ShoppingResult {
  const sorted = [...times].sort((a, b) => a - b);
  return { step, requests: times.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), errors };
}

/**
 * `shoppers` in parallel, each adding to the cart and placing an order `rounds` times. With
 * `pauseMs` [min, max], each waits a random time in that range before every step, as a person
 * reading the page would; without, they go at once (the most the server can take).
 */
export async function measureShopping(
  base: string,
  databaseUrl: string,
  shoppers: number,
  {
    rounds = 5,
    distDir = '.next-bench',
    pauseMs,
    payment = 'PAY_AT_PICKUP',
  }: { rounds?: number; distDir?: string; pauseMs?: [number, number]; payment?: 'PAY_AT_PICKUP' | 'CARD' } = {},
): Promise<ShoppingRun> {
  const pause = () =>
    pauseMs ? new Promise((resolve) => setTimeout(resolve, pauseMs[0] + Math.random() * (pauseMs[1] - pauseMs[0]))) : Promise.resolve();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  // Products with plenty of stock at a pickup store, so that no order fails for lack of stock.
  const { rows } = await client.query(`
    SELECT p.slug, v.id AS variant_id, s.id AS store_id
    FROM stock_levels l JOIN product_variants v ON v.id = l.variant_id JOIN products p ON p.id = v.product_id
    JOIN stores s ON s.id = l.store_id
    WHERE s.pickup_enabled AND p.status = 'ACTIVE' AND l.on_hand - l.reserved >= $1
    ORDER BY l.on_hand DESC LIMIT 20`, [rounds + 1]);
  await client.end();
  if (rows.length === 0) throw new Error('No product with enough stock for the shopping benchmark');

  const addId = actionId('lib/actions/add-to-cart.ts', 'addToCartAction', distDir);
  const placeId = actionId('lib/actions/place-order.ts', 'placeOrderAction', distDir);
  const add: number[] = [];
  const place: number[] = [];
  let addErrors = 0;
  let placeErrors = 0;

  // Every run's shoppers are new people: the shop limits how many orders waiting for pickup one
  // e-mail address may have (lib/checkout/pay-at-pickup-limits.ts).
  const run = Date.now().toString(36);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: shoppers }, async (_, shopper) => {
      const item = rows[shopper % rows.length];
      // Like a browser, the shopper keeps the cart cookie from the first add on.
      let cookie = '';
      for (let round = 0; round < rounds; round++) {
        await pause();
        const form = new FormData();
        form.set('variantId', item.variant_id);
        form.set('quantity', '1');
        let started = performance.now();
        const added = await callAction(`${base}/product/${item.slug}`, addId, [{ status: 'idle' }, form], cookie);
        add.push(performance.now() - started);
        if (!added.ok) addErrors++;
        if (added.cookies.length > 0) cookie = added.cookies.join('; ');

        await pause();
        const order = new FormData();
        for (const [key, value] of Object.entries({
          email: `bench-${run}-${shopper}-${round}@example.com`, name: 'Kuorma Testaaja', phone: '0401234567',
          fulfilment: 'PICKUP', pickupStoreId: item.store_id, payment, terms: 'on',
        })) order.set(key, value);
        started = performance.now();
        const placed = await callAction(`${base}/checkout`, placeId, [{ status: 'idle' }, order], cookie);
        place.push(performance.now() - started);
        if (!placed.ok) placeErrors++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    steps: [
      summarize('Add to cart', add, addErrors),
      summarize(payment === 'CARD' ? 'Place order (pickup, card: Stripe Checkout session)' : 'Place order (pickup, pay at store)', place, placeErrors),
    ],
    ordersPerSecond: (place.length - placeErrors) / seconds,
  };
}
