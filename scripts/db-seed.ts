// npm run db:seed [-- --without-accounts] [-- --allow-demo-passwords] [-- --scale-products N] [-- --scale-orders N]
// Fills an empty database with the demo shop "Pihlajan Puoti". A database that already has stores
// or users is left alone. Demo accounts share a published password, so in production they are
// only created with --allow-demo-passwords (a demo server); --without-accounts seeds the rest.
import { createPrismaClient } from '../lib/db';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isDatabaseEmpty, seedDemoShop } from '../prisma/seed';
import { scaleCatalog } from '../prisma/seed/scale-catalog';
import { scaleOrders } from '../prisma/seed/scale-orders';
import { startDatabase } from './database';
import { migrate } from './migrate';

const args = new Set(process.argv.slice(2));
const withoutAccounts = args.has('--without-accounts');
const allowDemoPasswords = args.has('--allow-demo-passwords');
// --scale-products N: grow the catalog to N products (for benchmarks), also on a seeded database.
const scaleIndex = process.argv.indexOf('--scale-products');
const scaleTo = scaleIndex > 0 ? Number(process.argv[scaleIndex + 1]) : 0;
if (scaleIndex > 0 && !(Number.isInteger(scaleTo) && scaleTo > 0)) {
  console.error('--scale-products needs a whole number of products, e.g. --scale-products 10000');
  process.exit(1);
}
// --scale-orders N: add order history up to N generated orders (for benchmarks), after any catalog scaling.
const ordersIndex = process.argv.indexOf('--scale-orders');
const ordersTo = ordersIndex > 0 ? Number(process.argv[ordersIndex + 1]) : 0;
if (ordersIndex > 0 && !(Number.isInteger(ordersTo) && ordersTo > 0)) {
  console.error('--scale-orders needs a whole number of orders, e.g. --scale-orders 100000');
  process.exit(1);
}

if (process.env.NODE_ENV === 'production' && !withoutAccounts && !allowDemoPasswords) {
  console.error(
    'Refusing to create demo accounts with a published password in production (NODE_ENV=production).\n' +
      'Seed the shop without accounts:      npm run db:seed -- --without-accounts\n' +
      'or, on a demo server only, allow it: npm run db:seed -- --allow-demo-passwords',
  );
  process.exit(1);
}

const database = await startDatabase();
const db = createPrismaClient(database.url);
let exitCode = 0;
try {
  await migrate(database.url);
  if (!(await isDatabaseEmpty(db))) {
    console.log('The database already has stores or users: already seeded, nothing to do.');
  } else {
    const started = performance.now();
    const summary = await seedDemoShop(db, { demoPasswords: !withoutAccounts });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Seeded Pihlajan Puoti in ${seconds} s: ${summary.stores} stores, ${summary.categories} categories, ` +
        `${summary.products} products (${summary.variants} variants, ${summary.stockLevels} stock levels), ` +
        `${summary.contents} stories, guides and event pages, ${summary.events} events, ${summary.users} accounts.`,
    );
    if (summary.users > 0) {
      console.log(`Demo accounts (password ${DEMO_PASSWORD}):`);
      for (const account of DEMO_ACCOUNTS) console.log(`  ${account.role.padEnd(8)} ${account.email}`);
    }
  }
  if (scaleTo) {
    const added = await scaleCatalog(db, scaleTo);
    console.log(`Scaled the catalog to ${scaleTo} products (${added} added).`);
  }
  if (ordersTo) {
    const started = performance.now();
    const result = await scaleOrders(db, ordersTo, { onStep: (step, ms) => console.log(`  ${step}: ${(ms / 1000).toFixed(1)} s`) });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Order history at ${ordersTo} generated orders (${result.added} added, ${result.customers} customers) in ${seconds} s.`);
  }
} catch (error) {
  console.error(`Seeding failed: ${(error as Error).message}`);
  exitCode = 1;
} finally {
  await db.$disconnect();
  await database.stop();
}
process.exit(exitCode);
