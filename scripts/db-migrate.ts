// `npm run db:migrate`: applies pending migrations to DATABASE_URL or the embedded database.
import { startDatabase } from './database';
import { migrate } from './migrate';

const db = await startDatabase();
try {
  const { applied } = await migrate(db.url);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
} finally {
  await db.stop();
}
