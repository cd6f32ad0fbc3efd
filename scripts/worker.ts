// `npm run worker`: the background jobs (outbox e-mails, release of expired stock holds) in a
// process of their own. Run the app with JOBS_IN_APP=false beside it. Uses DATABASE_URL, or the
// embedded PostgreSQL that `npm start` runs (EMBEDDED_PG_PORT, 54329).
import { register } from 'node:module';

// The job code is the app's own (lib/), whose modules are marked `import 'server-only'`; that
// marker throws outside Next's server bundles, so here it resolves to an empty module.
const serverOnlyStub = `export async function resolve(specifier, context, next) {
  if (specifier === 'server-only') return { url: 'data:text/javascript,export {}', shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(serverOnlyStub)}`);

process.env.DATABASE_URL ??= `postgresql://postgres:digijalka@127.0.0.1:${process.env.EMBEDDED_PG_PORT ?? 54329}/digijalka`;

async function main() {
  const { startJobs } = await import('../lib/jobs/start-jobs');
  const jobs = await startJobs({ work: true });
  console.log('Background jobs are running (outbox.send, reservations.release-expired). Ctrl-C stops them.');
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await jobs.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
