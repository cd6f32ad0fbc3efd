// E-mail after a burst: 1,000 order confirmations queued at once (each with its own 'outbox.send'
// job, as each paid order asks for its confirmation), delivered by two `npm run worker` processes
// to a local SMTP server. Measures the time until the last one arrived, and checks each arrived
// once. `npx tsx bench/email-burst.ts` runs it alone and writes its section of bench/RESULTS.md;
// `npm run bench` runs it as one of its steps.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { startEmbeddedDatabase } from '../scripts/database';
import { migrate } from '../scripts/migrate';
import { freePort } from '../tests/support/free-port';

const MESSAGES = Number(process.env.BENCH_EMAILS ?? 1000);
const WORKERS = 2;
export const EMAIL_BURST_HEADING = '## E-mail after a burst';

export type BurstRun = {
  /** From the first message queued (or, for a backlog, from when its jobs came due) to the last one received. */
  seconds: number;
  /** Distinct messages received, and receptions beyond one per message. */
  received: number;
  duplicates: number;
  /** Messages each worker sent (told apart by its sender address). */
  perWorker: number[];
};

export type EmailBurstResult = {
  messages: number;
  workers: number;
  /** The rush: messages and their jobs queued as fast as the orders come, the workers sending meanwhile. */
  rush: BurstRun & { queueSeconds: number };
  /** A backlog: as many messages whose jobs all come due at the same moment. */
  backlog: BurstRun;
  /** Outbox rows SENT at the end (of 2 × messages). */
  sent: number;
  postgres: string;
};

type Arrival = { id: string; from: string; at: number };

/** A real SMTP server (the `smtp-server` package) that keeps only what the benchmark counts. */
async function startSmtpServer(port: number, onArrival: (arrival: Arrival) => void) {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let head = '';
      stream.on('data', (chunk: Buffer) => {
        if (head.length < 4096) head += chunk.toString('utf8');
      });
      stream.on('end', () => {
        const id = /^Message-ID:\s*<([^@>]+)@digijalka>/im.exec(head)?.[1] ?? 'unknown';
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        onArrival({ id, from, at: performance.now() });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** One `npm run worker` process; resolves once it says its jobs are running. */
function startWorker(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`A worker did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Background jobs are running')) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => reject(new Error(`A worker exited (${code}):\n${output}`)));
  });
}

async function stopWorker(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** An order confirmation's size and shape: a few lines of text and an HTML table of lines. */
function confirmation(n: number) {
  const lines = Array.from({ length: 3 }, (_, i) => ({ name: ['Villasukat', 'Kahvimuki', 'Tuohikori'][i], price: ['24,90', '18,50', '39,00'][i] }));
  const number = 100_000 + n;
  return {
    to: `asiakas${n}@example.com`,
    subject: `Tilausvahvistus #${number}`,
    text: `Hei!\n\nKiitos tilauksestasi ${number}.\n\n${lines.map((l) => `1 × ${l.name} ${l.price} €`).join('\n')}\n\nYhteensä 82,40 €\nNouto: Pihlajan Puoti, Kauppakatu 1\n\nTilauksesi: https://puoti.example/tilaus/${number}?t=[poistettu]\n`,
    html: `<!doctype html><html><body style="font-family:sans-serif"><h1>Kiitos tilauksestasi ${number}</h1><table>${lines
      .map((l) => `<tr><td style="padding:4px 8px">1 × ${l.name}</td><td style="padding:4px 8px;text-align:right">${l.price} €</td></tr>`)
      .join('')}<tr><th style="text-align:left">Yhteensä</th><th style="text-align:right">82,40 €</th></tr></table><p>Nouto: Pihlajan Puoti, Kauppakatu 1</p><p><a href="https://puoti.example/tilaus/${number}">Tilauksesi</a></p></body></html>`,
  };
}

export async function measureEmailBurst(messages = MESSAGES): Promise<EmailBurstResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'digijalka-email-burst-'));
  chmodSync(dir, 0o777); // the embedded server runs as the `postgres` user
  const db = await startEmbeddedDatabase({ dataDir: path.join(dir, 'pg'), port: Number(process.env.BENCH_EMAIL_PG_PORT ?? (await freePort())), database: 'digijalka' });
  const workers: ChildProcess[] = [];
  let smtp: { stop: () => Promise<void> } | undefined;
  let jobs: Awaited<ReturnType<typeof import('../lib/jobs/start-jobs').startJobs>> | undefined;
  const client = new pg.Client({ connectionString: db.url });
  try {
    await migrate(db.url);
    await client.connect();
    const postgres = (await client.query('SHOW server_version')).rows[0].server_version as string;

    const arrivals: Arrival[] = [];
    let onArrival = () => {};
    const smtpPort = await freePort();
    smtp = await startSmtpServer(smtpPort, (arrival) => {
      arrivals.push(arrival);
      onArrival();
    });

    const senders = Array.from({ length: WORKERS }, (_, n) => `worker${n + 1}@bench.example`);
    const workerEnv = (n: number): NodeJS.ProcessEnv => ({
      ...process.env,
      DATABASE_URL: db.url,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_FROM: `Pihlajan Puoti <${senders[n]}>`,
      STRIPE_SECRET_KEY: '',
      DATA_DIR: dir,
    });
    workers.push(...(await Promise.all(senders.map((_, n) => startWorker(workerEnv(n))))));

    // This process plays the web process: only a sender of jobs, with the app's own code (whose
    // modules are marked 'server-only', as in scripts/worker.ts).
    register(`data:text/javascript,${encodeURIComponent(SERVER_ONLY_STUB)}`);
    const { startJobs } = await import('../lib/jobs/start-jobs');
    const { sendOutboxSoon } = await import('../lib/jobs/send-outbox-soon');
    const { QUEUES } = await import('../lib/jobs/queues');
    jobs = await startJobs({ work: false, url: db.url });
    const boss = jobs.boss;

    /** Every order's confirmation written at once (one statement); their ids. */
    const queueMessages = async (batch: string) => {
      const orders = Array.from({ length: messages }, (_, n) => confirmation(n));
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO outbox_messages (kind, to_email, subject, text, html, reference)
         SELECT 'bench.order-confirmation', m.to_email, m.subject, m.text, m.html, $2 || m.n
           FROM jsonb_to_recordset($1::jsonb) AS m(n int, to_email text, subject text, text text, html text)
         RETURNING id`,
        [JSON.stringify(orders.map((o, n) => ({ n, to_email: o.to, subject: o.subject, text: o.text, html: o.html }))), `${batch}-`],
      );
      return rows.map((row) => row.id);
    };

    /** Waits until each of `ids` has arrived, then a moment more (anything sent twice would arrive by then). */
    const delivery = async (ids: string[], from: number): Promise<BurstRun> => {
      const wanted = new Set(ids);
      const arrived = () => new Set(arrivals.filter((a) => wanted.has(a.id)).map((a) => a.id)).size;
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`Only ${arrived()} of ${ids.length} e-mails arrived within 5 minutes.`)), 300_000);
        onArrival = () => {
          if (arrived() < ids.length) return;
          clearTimeout(timer);
          resolve();
        };
        onArrival();
      });
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const mine = arrivals.filter((a) => wanted.has(a.id));
      return {
        seconds: (Math.max(...mine.map((a) => a.at)) - from) / 1000,
        received: new Set(mine.map((a) => a.id)).size,
        duplicates: mine.length - new Set(mine.map((a) => a.id)).size,
        perWorker: senders.map((address) => mine.filter((a) => a.from === address).length),
      };
    };

    // The rush: the confirmations are written, and each order asks for its own to be sent now,
    // ten web requests at a time, while the workers are already sending.
    const started = performance.now();
    const rushIds = await queueMessages('rush');
    for (let i = 0; i < rushIds.length; i += 10) await Promise.all(rushIds.slice(i, i + 10).map((id) => sendOutboxSoon([id])));
    const queueSeconds = (performance.now() - started) / 1000;
    const rush = { ...(await delivery(rushIds, started)), queueSeconds };

    // The backlog: as many messages and jobs queued ahead, all coming due at one moment (the job
    // sendOutboxSoon sends, with a start time), so that the figure is the workers' alone.
    const backlogIds = await queueMessages('backlog');
    const dueAt = new Date(Date.now() + 15_000);
    for (let i = 0; i < backlogIds.length; i += 10) {
      await Promise.all(backlogIds.slice(i, i + 10).map((id) => boss.send(QUEUES.outboxSend, { messageIds: [id] }, { singletonKey: `messages:${id}`, startAfter: dueAt })));
    }
    if (Date.now() >= dueAt.getTime()) throw new Error('Queueing the backlog took longer than its start time allowed.');
    const dueFrom = performance.now() + (dueAt.getTime() - Date.now());
    const backlog = await delivery(backlogIds, dueFrom);

    const sent = Number((await client.query(`SELECT count(*) AS n FROM outbox_messages WHERE kind = 'bench.order-confirmation' AND status = 'SENT'`)).rows[0].n);
    return { messages, workers: WORKERS, rush, backlog, sent, postgres };
  } finally {
    await jobs?.stop().catch(() => {});
    await Promise.all(workers.map(stopWorker));
    await smtp?.stop();
    await client.end().catch(() => {});
    await db.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const SERVER_ONLY_STUB = `export async function resolve(specifier, context, next) {
  if (specifier === 'server-only') return { url: 'data:text/javascript,export {}', shortCircuit: true };
  return next(specifier, context);
}`;

/** The section of bench/RESULTS.md, from its heading on. */
export function emailBurstSection(result: EmailBurstResult): string {
  const { rush, backlog } = result;
  const once = (run: BurstRun) => (run.duplicates === 0 ? 'each arrived once' : `${run.duplicates} receptions were repeats`);
  return `${EMAIL_BURST_HEADING}

${result.messages.toLocaleString('en')} order confirmations, each with its own \`outbox.send\` job (as each paid order asks for its
confirmation), delivered by ${result.workers} worker processes (\`npm run worker\`) over SMTP to a local \`smtp-server\`, all on the
same machine as PostgreSQL ${result.postgres} (embedded); ${os.cpus().length} cores, Node.js ${process.version} (\`npx tsx bench/email-burst.ts\`,
${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC).

| Case | All arrived after | E-mails/s | Sent by the two workers | Twice |
|---|---:|---:|---:|---:|
| The rush: written and their jobs queued at once, the workers sending meanwhile | **${rush.seconds.toFixed(1)} s** from the first queued | ${Math.round(result.messages / rush.seconds)} | ${rush.perWorker.join(' + ')} | ${rush.duplicates} |
| A backlog: all ${result.messages.toLocaleString('en')} jobs coming due at the same moment | **${backlog.seconds.toFixed(1)} s** from that moment | ${Math.round(result.messages / backlog.seconds)} | ${backlog.perWorker.join(' + ')} | ${backlog.duplicates} |

In the rush, queueing the ${result.messages.toLocaleString('en')} messages and their jobs took ${rush.queueSeconds.toFixed(1)} s of the time; the last e-mail arrived
${(rush.seconds - rush.queueSeconds).toFixed(1)} s after the last job was queued. In both cases ${once(rush) === once(backlog) ? once(rush) : `${once(rush)} (rush) and ${once(backlog)} (backlog)`} at the
SMTP server, and ${result.sent.toLocaleString('en')} of ${(2 * result.messages).toLocaleString('en')} are SENT in the outbox.

Before (issue 13): one job per message and a new SMTP connection for each, about one e-mail a second
(768 left waiting after a burst of 850 orders). Now each worker takes up to 50 jobs at a time in two
loops, claims their messages (\`FOR UPDATE SKIP LOCKED\`, a 3-minute lease) and sends them in parallel
over 5 pooled SMTP connections, with Nagle's algorithm off on them.
`;
}

/** Puts the section into bench/RESULTS.md, in place of an earlier one, keeping the rest of the file. */
export function writeEmailBurstSection(section: string, file = 'bench/RESULTS.md') {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = current.indexOf(`${EMAIL_BURST_HEADING}\n`);
  if (start < 0) {
    writeFileSync(file, `${current.trimEnd()}\n\n${section}`);
    return;
  }
  const next = current.indexOf('\n## ', start + EMAIL_BURST_HEADING.length);
  writeFileSync(file, current.slice(0, start) + section + (next < 0 ? '' : current.slice(next)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  measureEmailBurst()
    .then((result) => {
      const section = emailBurstSection(result);
      console.log(section);
      writeEmailBurstSection(section);
      const complete = (run: BurstRun) => run.received === result.messages && run.duplicates === 0;
      process.exit(complete(result.rush) && complete(result.backlog) ? 0 : 1);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
