// One Next.js server process of `npm start` (a cluster worker: every worker listens on the same
// port and the primary, scripts/start.ts, hands connections round-robin). On SIGTERM or SIGINT
// it stops taking new connections, finishes the requests in flight, stops its background jobs,
// and exits; the primary stops PostgreSQL only after every worker has exited.
// Plain JavaScript, so the serving processes run on Node.js alone (no TypeScript loader).
import http from 'node:http';
import net from 'node:net';
import next from 'next';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME_BIND || undefined;
// Requests still running after this are cut off; a process manager's own kill timeout is
// usually 30 s (Docker 10 s: set --stop-timeout).
const DRAIN_TIMEOUT_MS = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 25_000);
// While stopping, a keep-alive connection is closed once it has been this long without a request.
const IDLE_GRACE_MS = 1_000;

let stopping = false;

// The TCP peer's address reaches the app in this header, written here on every request over
// whatever a client sent in it; lib/auth/client-ip.ts believes it only when this is set.
process.env.DIGIJALKA_PEER_HEADER = '1';

const app = next({ dev: false, dir: process.cwd(), port, hostname: hostname ?? 'localhost' });
await app.prepare();
const handle = app.getRequestHandler();

// Each open connection: its requests being answered, and since when it has had none.
const connections = new Map();

const server = http.createServer((request, response) => {
  const connection = connections.get(request.socket);
  if (connection) {
    connection.running++;
    response.once('close', () => {
      connection.running--;
      connection.idleSince = Date.now();
    });
  }
  request.headers['x-digijalka-peer'] = request.socket.remoteAddress ?? '';
  if (stopping) response.setHeader('connection', 'close');
  void handle(request, response);
});
server.on('connection', (socket) => {
  connections.set(socket, { running: 0, idleSince: Date.now() });
  socket.once('close', () => connections.delete(socket));
});
// Longer than a load balancer's idle timeout (HAProxy, nginx: 60 s), so that the balancer, not
// Next.js, closes idle connections and never sends a request down one being closed.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, hostname, () => process.send?.({ type: 'listening' }));

async function stop() {
  if (stopping) return;
  stopping = true;
  // Only the listener closes at once. http's close() would also close every idle keep-alive
  // connection, and a client or load balancer sending its next request down one at that moment
  // would get a reset instead of an answer (a busy one always has such a request on its way).
  // A request that comes on an open connection is answered, with `connection: close`; a
  // connection left without requests for IDLE_GRACE_MS is closed.
  const closed = new Promise((resolve) => net.Server.prototype.close.call(server, resolve));
  const idle = setInterval(() => {
    for (const [socket, { running, idleSince }] of connections) {
      if (running === 0 && Date.now() - idleSince >= IDLE_GRACE_MS) socket.destroy();
    }
  }, 100);
  const timer = setTimeout(() => server.closeAllConnections(), DRAIN_TIMEOUT_MS);
  await closed;
  clearInterval(idle);
  clearTimeout(timer);
  // The background jobs (instrumentation.ts) let a running job finish.
  const jobs = globalThis.digijalkaStopJobs;
  if (typeof jobs === 'function') await jobs().catch(() => {});
  process.exit(0);
}
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
process.on('message', (message) => {
  if (message?.type === 'stop') void stop();
});
