// A small stand-in for the Stripe API, for the integration and browser tests (they never reach
// Stripe). The real SDK talks to it through its host/port/protocol settings (STRIPE_API_HOST,
// STRIPE_API_PORT, STRIPE_API_PROTOCOL). It implements the subset the shop uses: Checkout
// Sessions (create, retrieve, expire), refunds (create, retrieve), form-encoded bodies in
// Stripe's bracket notation, and Idempotency-Key. It also serves the hosted payment page
// (GET /pay/:sessionId): "Maksa" completes the session, delivers a signed
// checkout.session.completed webhook and sends the browser to the success_url.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';

type Json = Record<string, unknown>;

export type FakeSession = {
  id: string;
  object: 'checkout.session';
  status: 'open' | 'complete' | 'expired';
  payment_status: 'unpaid' | 'paid';
  amount_subtotal: number;
  amount_total: number;
  currency: string;
  client_reference_id: string | null;
  customer_email: string | null;
  metadata: Record<string, string>;
  mode: string;
  locale: string | null;
  payment_intent: string | null;
  success_url: string;
  cancel_url: string | null;
  url: string | null;
  expires_at: number;
  created: number;
  livemode: false;
  /** Not part of Stripe's object: the line items as they were sent, for the tests to inspect. */
  line_items_sent: { name: string; unit_amount: number; quantity: number; currency: string }[];
};

export type FakeRefund = {
  id: string;
  object: 'refund';
  amount: number;
  currency: string;
  payment_intent: string;
  reason: string | null;
  metadata: Record<string, string>;
  status: 'succeeded' | 'pending' | 'failed';
  failure_reason?: string | null;
  created: number;
};

/** Where signed webhooks go: a URL, or a function that takes the request (integration tests). */
export type WebhookTarget = string | ((request: Request) => Promise<Response>);

export type FakeStripeOptions = { webhookUrl?: WebhookTarget; webhookSecret: string };

export type FakeStripe = {
  port: number;
  /** http://127.0.0.1:<port> */
  url: string;
  stop: () => Promise<void>;
  sessions: Map<string, FakeSession>;
  refunds: Map<string, FakeRefund>;
  /** Every API request received, in order (method, path, idempotency key, parsed body). */
  requests: { method: string; path: string; idempotencyKey: string | null; body: Json }[];
  /** Webhooks delivered, with the status the shop answered. */
  deliveries: { event: Json; status: number }[];
  /** Signs and delivers an event about `object` to the webhook target; returns the response status. */
  sendEvent: (type: string, object: object, options?: { id?: string }) => Promise<number>;
  /** What the hosted page's "Pay" button does, without a browser: returns the delivered status. */
  pay: (sessionId: string) => Promise<number>;
  /** Stripe's own expiry of an open session (as at expires_at), with its webhook. */
  expire: (sessionId: string) => Promise<number>;
  /** Waits for webhooks that are being delivered in the background. */
  settled: () => Promise<void>;
  /** Makes the next API calls of this method and path answer with an error (to test failures). */
  failNext: (method: string, pathPrefix: string, times?: number) => void;
  /**
   * Holds the next `count` API calls of this method and path until all of them have arrived, then
   * answers them together: work that could overlap (webhooks delivered at once) then does overlap.
   */
  gather: (method: string, pathPrefix: string, count: number) => void;
  /** While on, every API call's connection is dropped without an answer: Stripe cannot be reached. */
  setUnreachable: (unreachable: boolean) => void;
  /** The status new refunds get (as a bank would leave them): 'succeeded' unless told otherwise. */
  setRefundOutcome: (status: FakeRefund['status']) => void;
  /** The bank's later answer about a refund: its new status, delivered as a refund.updated webhook. */
  finishRefund: (refundId: string, status: 'succeeded' | 'failed') => Promise<number>;
};

export function startFakeStripe(options: FakeStripeOptions): Promise<FakeStripe> {
  const sessions = new Map<string, FakeSession>();
  const refunds = new Map<string, FakeRefund>();
  const idempotent = new Map<string, { body: string; status: number; response: unknown }>();
  const requests: FakeStripe['requests'] = [];
  const deliveries: FakeStripe['deliveries'] = [];
  const pending = new Set<Promise<unknown>>();
  const failures: { method: string; pathPrefix: string; times: number }[] = [];
  const gates: { method: string; pathPrefix: string; count: number; waiting: (() => void)[] }[] = [];
  let unreachable = false;
  let refundOutcome: FakeRefund['status'] = 'succeeded';
  let baseUrl = '';

  async function deliver(type: string, object: object, id = newId('evt_test')): Promise<number> {
    const event = {
      id,
      object: 'event',
      api_version: '2026-10-28.endive',
      created: now(),
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
      data: { object },
    };
    const target = options.webhookUrl;
    if (!target) return 0;
    const request = signedWebhookRequest(typeof target === 'string' ? target : 'http://shop.test/api/webhooks/stripe', event, options.webhookSecret);
    let status: number;
    try {
      const response = typeof target === 'string' ? await fetch(request) : await target(request);
      status = response.status;
    } catch {
      status = 0;
    }
    deliveries.push({ event, status });
    return status;
  }

  function deliverInBackground(type: string, object: object) {
    const promise = deliver(type, object).finally(() => pending.delete(promise));
    pending.add(promise);
  }

  function complete(session: FakeSession) {
    session.status = 'complete';
    session.payment_status = 'paid';
    session.payment_intent = newId('pi_test');
    session.url = null;
  }

  // --- the API -------------------------------------------------------------------------------

  function createSession(body: Json): [number, unknown] {
    const lineItems = asArray(body.line_items);
    if (body.mode !== 'payment') return invalid('mode must be payment in this fake', 'mode');
    if (typeof body.success_url !== 'string') return invalid('Missing required param: success_url.', 'success_url');
    if (lineItems.length === 0) return invalid('Missing required param: line_items.', 'line_items');
    const sent: FakeSession['line_items_sent'] = [];
    for (const item of lineItems) {
      const priceData = (item as Json).price_data as Json | undefined;
      const productData = priceData?.product_data as Json | undefined;
      const unitAmount = Number(priceData?.unit_amount);
      const quantity = Number((item as Json).quantity);
      if (!priceData || !productData?.name || !Number.isInteger(unitAmount) || unitAmount < 0) {
        return invalid('Each line item needs price_data with currency, unit_amount and product_data.name.', 'line_items');
      }
      if (!Number.isInteger(quantity) || quantity < 1) return invalid('Invalid quantity.', 'line_items');
      sent.push({ name: String(productData.name), unit_amount: unitAmount, quantity, currency: String(priceData.currency).toLowerCase() });
    }
    const currency = sent[0].currency;
    if (sent.some((line) => line.currency !== currency)) return invalid('All line items must have the same currency.', 'line_items');
    const created = now();
    const expiresAt = body.expires_at === undefined ? created + 24 * 3600 : Number(body.expires_at);
    if (!Number.isInteger(expiresAt) || expiresAt < created + 30 * 60 || expiresAt > created + 24 * 3600) {
      return invalid('expires_at must be between 30 minutes and 24 hours from now.', 'expires_at');
    }
    const total = sent.reduce((sum, line) => sum + line.unit_amount * line.quantity, 0);
    const id = newId('cs_test');
    const session: FakeSession = {
      id,
      object: 'checkout.session',
      status: 'open',
      payment_status: 'unpaid',
      amount_subtotal: total,
      amount_total: total,
      currency,
      client_reference_id: typeof body.client_reference_id === 'string' ? body.client_reference_id : null,
      customer_email: typeof body.customer_email === 'string' ? body.customer_email : null,
      metadata: (body.metadata as Record<string, string> | undefined) ?? {},
      mode: 'payment',
      locale: typeof body.locale === 'string' ? body.locale : null,
      payment_intent: null,
      success_url: body.success_url,
      cancel_url: typeof body.cancel_url === 'string' ? body.cancel_url : null,
      url: `${baseUrl}/pay/${id}`,
      expires_at: expiresAt,
      created,
      livemode: false,
      line_items_sent: sent,
    };
    sessions.set(id, session);
    return [200, session];
  }

  function expireSession(id: string, reason: 'api' | 'time'): [number, unknown] {
    const session = sessions.get(id);
    if (!session) return missing('checkout.session', id);
    if (session.status !== 'open') {
      return invalid(`Only Checkout Sessions with a status in ["open"] can be expired. This session has a status of "${session.status}".`);
    }
    session.status = 'expired';
    session.url = null;
    if (reason === 'api') deliverInBackground('checkout.session.expired', { ...session });
    return [200, session];
  }

  function createRefund(body: Json): [number, unknown] {
    const paymentIntent = body.payment_intent;
    const session = [...sessions.values()].find((s) => s.payment_intent === paymentIntent && s.payment_status === 'paid');
    if (typeof paymentIntent !== 'string' || !session) return invalid('No such payment_intent.', 'payment_intent');
    const refunded = [...refunds.values()]
      .filter((r) => r.payment_intent === paymentIntent && r.status !== 'failed')
      .reduce((sum, r) => sum + r.amount, 0);
    const amount = body.amount === undefined ? session.amount_total - refunded : Number(body.amount);
    if (!Number.isInteger(amount) || amount < 1 || amount > session.amount_total - refunded) {
      return invalid(`Refund amount (${body.amount}) is greater than the unrefunded amount on the charge.`, 'amount');
    }
    const refund: FakeRefund = {
      id: newId('re_test'),
      object: 'refund',
      amount,
      currency: session.currency,
      payment_intent: paymentIntent,
      reason: typeof body.reason === 'string' ? body.reason : null,
      metadata: (body.metadata as Record<string, string> | undefined) ?? {},
      status: refundOutcome,
      failure_reason: refundOutcome === 'failed' ? 'charge_for_pending_refund_disputed' : null,
      created: now(),
    };
    refunds.set(refund.id, refund);
    return [200, refund];
  }

  function route(method: string, path: string, body: Json): [number, unknown] {
    let match: RegExpExecArray | null;
    if (method === 'POST' && path === '/v1/checkout/sessions') return createSession(body);
    if (method === 'GET' && (match = /^\/v1\/checkout\/sessions\/([^/]+)$/.exec(path))) {
      const session = sessions.get(match[1]);
      return session ? [200, session] : missing('checkout.session', match[1]);
    }
    if (method === 'POST' && (match = /^\/v1\/checkout\/sessions\/([^/]+)\/expire$/.exec(path))) return expireSession(match[1], 'api');
    if (method === 'POST' && path === '/v1/refunds') return createRefund(body);
    if (method === 'GET' && (match = /^\/v1\/refunds\/([^/]+)$/.exec(path))) {
      const refund = refunds.get(match[1]);
      return refund ? [200, refund] : missing('refund', match[1]);
    }
    return [404, { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${method}: ${path}).` } }];
  }

  /** Waits at a gate for this call, if one is set for it, until the gate's count has arrived. */
  async function passGate(method: string, path: string) {
    const gate = gates.find((g) => g.method === method && path.startsWith(g.pathPrefix) && g.waiting.length < g.count);
    if (!gate) return;
    await new Promise<void>((release) => {
      gate.waiting.push(release);
      if (gate.waiting.length === gate.count) {
        gates.splice(gates.indexOf(gate), 1);
        for (const open of gate.waiting) open();
      }
    });
  }

  async function handleApi(request: http.IncomingMessage, response: http.ServerResponse, path: string) {
    if (unreachable) {
      request.socket.destroy();
      return;
    }
    const method = request.method ?? 'GET';
    const raw = await readBody(request);
    const body = parseStripeForm(raw);
    const idempotencyKey = header(request, 'idempotency-key');
    requests.push({ method, path, idempotencyKey, body });
    await passGate(method, path);
    if (!header(request, 'authorization')?.startsWith('Bearer sk_')) {
      return sendJson(response, 401, { error: { type: 'invalid_request_error', message: 'Invalid API Key provided.' } });
    }
    const failure = failures.find((f) => f.method === method && path.startsWith(f.pathPrefix) && f.times > 0);
    if (failure) {
      failure.times -= 1;
      return sendJson(response, 500, { error: { type: 'api_error', message: 'The fake was told to fail this request.' } });
    }
    if (method === 'POST' && idempotencyKey) {
      const previous = idempotent.get(idempotencyKey);
      if (previous) {
        if (previous.body !== raw) {
          return sendJson(response, 400, {
            error: { type: 'idempotency_error', message: 'Keys for idempotent requests can only be used with the same parameters they were first used with.' },
          });
        }
        return sendJson(response, previous.status, previous.response, { 'idempotent-replayed': 'true' });
      }
    }
    const [status, result] = route(method, path, body);
    if (method === 'POST' && idempotencyKey && status < 500) idempotent.set(idempotencyKey, { body: raw, status, response: result });
    sendJson(response, status, result);
  }

  // --- the hosted payment page ---------------------------------------------------------------

  async function handlePage(request: http.IncomingMessage, response: http.ServerResponse, sessionId: string) {
    const session = sessions.get(sessionId);
    if (!session) return sendHtml(response, 404, page('fi', 'Maksua ei löydy', '<p>Tätä maksua ei ole olemassa.</p>'));
    const en = session.locale === 'en';
    const lang = en ? 'en' : 'fi';
    if (request.method === 'POST') {
      await readBody(request);
      if (session.status !== 'open') return sendHtml(response, 409, closedPage(session, lang));
      complete(session);
      await deliver('checkout.session.completed', { ...session });
      response.writeHead(303, { location: session.success_url.replaceAll('{CHECKOUT_SESSION_ID}', session.id) });
      return response.end();
    }
    if (session.status !== 'open') return sendHtml(response, 200, closedPage(session, lang));
    const amount = new Intl.NumberFormat(en ? 'en-FI' : 'fi-FI', { style: 'currency', currency: session.currency.toUpperCase() }).format(session.amount_total / 100);
    const lines = session.line_items_sent
      .map((line) => `<li>${escapeHtml(line.name)} × ${line.quantity}</li>`)
      .join('');
    const body = `
      <p>${en ? 'Test payment page (fake Stripe). No card is charged.' : 'Testimaksusivu (Stripen korvike). Korttia ei veloiteta.'}</p>
      <ul>${lines}</ul>
      <p class="total">${en ? 'Total' : 'Yhteensä'}: <strong data-testid="amount">${escapeHtml(amount)}</strong></p>
      <form method="post" action="/pay/${session.id}">
        <button type="submit">${en ? 'Pay' : 'Maksa'} ${escapeHtml(amount)}</button>
      </form>
      ${session.cancel_url ? `<p><a href="${escapeHtml(session.cancel_url)}">${en ? 'Cancel' : 'Peruuta'}</a></p>` : ''}`;
    sendHtml(response, 200, page(lang, en ? 'Payment' : 'Maksu', body));
  }

  const server = http.createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const pay = /^\/pay\/([^/]+)$/.exec(pathname);
    const work = pay ? handlePage(request, response, pay[1]) : handleApi(request, response, pathname);
    work.catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { error: { type: 'api_error', message: String(error) } });
      else response.end();
    });
  });

  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      baseUrl = `http://127.0.0.1:${port}`;
      resolve({
        port,
        url: baseUrl,
        sessions,
        refunds,
        requests,
        deliveries,
        stop: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections(); // the SDK keeps connections alive
          }),
        sendEvent: (type, object, eventOptions) => deliver(type, object, eventOptions?.id),
        pay: async (sessionId) => {
          const session = sessions.get(sessionId);
          if (!session || session.status !== 'open') throw new Error(`Session ${sessionId} is not open.`);
          complete(session);
          return deliver('checkout.session.completed', { ...session });
        },
        expire: async (sessionId) => {
          const [status] = expireSession(sessionId, 'time');
          if (status !== 200) throw new Error(`Session ${sessionId} is not open.`);
          return deliver('checkout.session.expired', { ...sessions.get(sessionId)! });
        },
        settled: async () => {
          while (pending.size) await Promise.all([...pending]);
        },
        failNext: (method, pathPrefix, times = 1) => failures.push({ method, pathPrefix, times }),
        gather: (method, pathPrefix, count) => {
          gates.push({ method, pathPrefix, count, waiting: [] });
        },
        setUnreachable: (value) => {
          unreachable = value;
        },
        setRefundOutcome: (status) => {
          refundOutcome = status;
        },
        finishRefund: async (refundId, status) => {
          const refund = refunds.get(refundId);
          if (!refund) throw new Error(`No refund ${refundId}.`);
          refund.status = status;
          refund.failure_reason = status === 'failed' ? 'expired_or_canceled_card' : null;
          return deliver('refund.updated', { ...refund });
        },
      });
    });
  });
}

/** A webhook request signed like Stripe signs them; `timestamp` (seconds) makes an old one. */
export function signedWebhookRequest(url: string, event: object, secret: string, options: { timestamp?: number; signature?: string } = {}): Request {
  const payload = JSON.stringify(event);
  const header = options.signature ?? Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp: options.timestamp });
  return new Request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': header },
    body: payload,
  });
}

/** An event as Stripe sends it. */
export function stripeEvent(type: string, object: object, id = newId('evt_test')) {
  return { id, object: 'event', api_version: '2026-10-28.endive', created: now(), livemode: false, type, data: { object } };
}

/**
 * Parses Stripe's form encoding: `line_items[0][price_data][unit_amount]=1290` becomes
 * { line_items: [{ price_data: { unit_amount: '1290' } }] }. Values stay strings.
 */
export function parseStripeForm(raw: string): Json {
  const root: Json = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    const match = /^([^[\]]+)((?:\[[^\]]*\])*)$/.exec(key);
    if (!match) continue;
    const path = [match[1], ...[...match[2].matchAll(/\[([^\]]*)\]/g)].map((m) => m[1])];
    let node: Json = root;
    path.forEach((segment, index) => {
      if (index === path.length - 1) node[segment] = value;
      else node = (node[segment] ??= {}) as Json;
    });
  }
  return arraysFromIndexes(root) as Json;
}

function arraysFromIndexes(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Json).map(([key, inner]) => [key, arraysFromIndexes(inner)] as const);
  if (entries.length > 0 && entries.every(([key]) => /^\d+$/.test(key))) {
    return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, inner]) => inner);
  }
  return Object.fromEntries(entries);
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function invalid(message: string, param?: string): [number, unknown] {
  return [400, { error: { type: 'invalid_request_error', message, param } }];
}

function missing(kind: string, id: string): [number, unknown] {
  return [404, { error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such ${kind}: '${id}'`, param: 'id' } }];
}

function newId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('hex')}`;
}

function now(): number {
  return Math.floor(Date.now() / 1000);
}

function header(request: http.IncomingMessage, name: string): string | null {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : (value ?? null);
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendJson(response: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { 'content-type': 'application/json', 'request-id': newId('req'), ...headers });
  response.end(JSON.stringify(body));
}

function sendHtml(response: http.ServerResponse, status: number, html: string) {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
  response.end(html);
}

function closedPage(session: FakeSession, lang: 'fi' | 'en'): string {
  const en = lang === 'en';
  const text =
    session.status === 'complete'
      ? en ? 'This payment has been made.' : 'Tämä maksu on jo maksettu.'
      : en ? 'This payment has expired.' : 'Tämä maksu on vanhentunut.';
  return page(lang, en ? 'Payment' : 'Maksu', `<p>${text}</p>`);
}

function page(lang: 'fi' | 'en', title: string, body: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Fake Stripe</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; padding: 1rem; color: #1c1917; background: #fff; }
  main { max-width: 28rem; margin: 0 auto; }
  button { min-height: 44px; width: 100%; font-size: 1.125rem; font-weight: 600; color: #fff; background: #4338ca; border: 0; border-radius: 0.5rem; cursor: pointer; }
  button:focus-visible, a:focus-visible { outline: 3px solid #1e1b4b; outline-offset: 2px; }
  a { color: #3730a3; display: inline-block; min-height: 44px; line-height: 44px; }
  .total { font-size: 1.25rem; }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
