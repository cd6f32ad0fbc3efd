import 'server-only';
import net from 'node:net';
import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';

/** SMTP connections this process keeps open to the mail server (SMTP_MAX_CONNECTIONS, 5). */
export function smtpMaxConnections(): number {
  const configured = Number(process.env.SMTP_MAX_CONNECTIONS);
  return Number.isInteger(configured) && configured > 0 ? configured : 5;
}

const state = globalThis as unknown as { digijalkaSmtp?: { url: string; transport: Transporter } };

/**
 * The SMTP transport when SMTP_URL is set (e.g. smtp://user:pass@mail.example:587), else null.
 * One pool of connections per process, reused by every send: a burst of e-mails goes out over a
 * few open connections instead of one new connection (and TLS handshake) per message. The
 * timeouts bound how long one send can take, so that it ends well within a delivery claim's lease.
 */
export function smtpTransport(): Transporter | null {
  const url = process.env.SMTP_URL;
  if (!url) return null;
  if (state.digijalkaSmtp?.url === url) return state.digijalkaSmtp.transport;
  state.digijalkaSmtp?.transport.close();
  const transport = nodemailer.createTransport(pooledUrl(url));
  // Unless a proxy makes the connections (nodemailer's own getSocket), open them ourselves, with Nagle off.
  if (!new URL(url).searchParams.has('proxy')) (transport as Transporter & { getSocket?: GetSocket }).getSocket = connectWithoutDelay;
  // Sends report their own errors; this only keeps a stray transport error from ending the process.
  transport.on('error', (error) => console.error('SMTP:', error.message));
  state.digijalkaSmtp = { url, transport };
  return transport;
}

/** Closes this process's SMTP connections (a worker that stops, a test that ends). */
export function closeSmtpTransport(): void {
  state.digijalkaSmtp?.transport.close();
  state.digijalkaSmtp = undefined;
}

/**
 * SMTP_URL with the pool's settings added as query parameters (nodemailer reads its options from
 * the URL's query); a setting the URL names itself (e.g. ?maxConnections=10) is kept.
 */
function pooledUrl(url: string): string {
  const pooled = new URL(url);
  const settings = {
    pool: true,
    maxConnections: smtpMaxConnections(),
    maxMessages: 100,
    // A connection that drops while sending is tried once more on a new one; after that the
    // message fails and the outbox tries it again later (lib/jobs/deliver-outbox.ts).
    maxRequeues: 1,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    dnsTimeout: 10_000,
    // Inactivity: also closes a pooled connection left idle this long.
    socketTimeout: 30_000,
  };
  for (const [key, value] of Object.entries(settings)) {
    if (!pooled.searchParams.has(key)) pooled.searchParams.set(key, String(value));
  }
  return pooled.toString();
}

type GetSocket = (options: { host?: string; port?: number; secure?: boolean; localAddress?: string; connectionTimeout?: number }, callback: (error: Error | null, socket?: { connection: net.Socket }) => void) => void;

/**
 * Opens a pooled connection's TCP socket with Nagle's algorithm off (nodemailer leaves it on). A
 * message ends with a small write (the closing "."), which Nagle holds back until the server
 * acknowledges the previous one, and servers delay that acknowledgement: about 40 ms lost on every
 * message, which capped one connection at some 20 messages a second. nodemailer then speaks SMTP
 * (and TLS, for smtps) over the socket as over its own.
 */
const connectWithoutDelay: GetSocket = (options, callback) => {
  const port = Number(options.port) || (options.secure ? 465 : 587);
  const socket = net.connect({ host: options.host ?? 'localhost', port, localAddress: options.localAddress, noDelay: true });
  let settled = false;
  const settle = (error: Error | null) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    socket.off('error', settle);
    if (error) {
      socket.destroy();
      callback(error);
    } else {
      socket.setKeepAlive(true);
      callback(null, { connection: socket });
    }
  };
  const timer = setTimeout(() => settle(Object.assign(new Error(`Connection timeout to ${options.host}:${port}`), { code: 'ETIMEDOUT' })), options.connectionTimeout ?? 10_000);
  socket.once('connect', () => settle(null));
  socket.once('error', settle);
};

/** Builds the raw RFC 822 message without sending it, for the local outbox folder. */
export const fileTransport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

export function fromAddress(): string {
  return process.env.MAIL_FROM ?? 'Pihlajan Puoti <kauppa@pihlajanpuoti.example>';
}
