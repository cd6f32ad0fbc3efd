// Next.js calls register() once when a server starts. The background jobs (pg-boss: outbox
// e-mails, release of expired stock holds) run inside the app by default; with
// JOBS_IN_APP=false they run in `npm run worker` instead, and the app only puts jobs on the queue.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build' || !process.env.DATABASE_URL) return;
  const { startJobs } = await import('./lib/jobs/start-jobs');
  // Not awaited: the shop serves pages even while the jobs cannot start (they retry on restart).
  startJobs({ work: process.env.JOBS_IN_APP !== 'false' })
    .then((jobs) => {
      // scripts/web-worker.mjs stops the jobs after the last request when the server shuts down.
      (globalThis as { digijalkaStopJobs?: () => Promise<void> }).digijalkaStopJobs = jobs.stop;
    })
    .catch((error: unknown) => {
      console.error('The background jobs did not start:', error);
    });
}
