/**
 * The HTTP side: checks the Bearer key, records every request, routes the few
 * endpoints Lede uses to the state, and answers JSON (errors shaped as Stripe's).
 */
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { EventCause } from "./events";
import { newId } from "./objects";
import { parseForm, StripeApiError, type FormObject } from "./params";
import type { StandInState } from "./state";

export interface RecordedRequest {
  method: string;
  path: string;
  /** The parsed query string (GET list filters, `expand[]`). */
  query: FormObject;
  /** The parsed form body (POST parameters). */
  body: FormObject;
  stripeVersion: string | null;
  idempotencyKey: string | null;
}

interface RouteInput {
  id: string;
  query: FormObject;
  body: FormObject;
  cause: EventCause;
}

interface Route {
  method: "GET" | "POST" | "DELETE";
  pattern: RegExp;
  handle: (state: StandInState, input: RouteInput) => unknown;
}

const ID = "([^/]+)";
const routes: Route[] = [
  { method: "POST", pattern: /^\/v1\/customers$/, handle: (s, r) => s.createCustomer(r.body) },
  { method: "GET", pattern: new RegExp(`^/v1/customers/${ID}$`), handle: (s, r) => s.retrieveCustomer(r.id) },
  { method: "POST", pattern: new RegExp(`^/v1/customers/${ID}$`), handle: (s, r) => s.updateCustomer(r.id, r.body) },
  { method: "DELETE", pattern: new RegExp(`^/v1/customers/${ID}$`), handle: (s, r) => s.deleteCustomer(r.id, r.cause) },
  { method: "GET", pattern: new RegExp(`^/v1/charges/${ID}$`), handle: (s, r) => s.retrieveCharge(r.id) },
  { method: "POST", pattern: /^\/v1\/products$/, handle: (s, r) => s.createProduct(r.body) },
  { method: "POST", pattern: new RegExp(`^/v1/products/${ID}$`), handle: (s, r) => s.updateProduct(r.id, r.body) },
  { method: "POST", pattern: /^\/v1\/prices$/, handle: (s, r) => s.createPrice(r.body) },
  { method: "GET", pattern: new RegExp(`^/v1/prices/${ID}$`), handle: (s, r) => s.retrievePrice(r.id) },
  { method: "POST", pattern: /^\/v1\/checkout\/sessions$/, handle: (s, r) => s.createCheckoutSession(r.body) },
  { method: "GET", pattern: new RegExp(`^/v1/checkout/sessions/${ID}$`), handle: (s, r) => s.retrieveCheckoutSession(r.id) },
  { method: "POST", pattern: /^\/v1\/billing_portal\/sessions$/, handle: (s, r) => s.createPortalSession(r.body) },
  { method: "GET", pattern: /^\/v1\/subscriptions$/, handle: (s, r) => s.listSubscriptions(r.query) },
  { method: "GET", pattern: new RegExp(`^/v1/subscriptions/${ID}$`), handle: (s, r) => s.retrieveSubscription(r.id) },
  { method: "POST", pattern: new RegExp(`^/v1/subscriptions/${ID}$`), handle: (s, r) => s.updateSubscription(r.id, r.body, r.cause) },
  { method: "DELETE", pattern: new RegExp(`^/v1/subscriptions/${ID}$`), handle: (s, r) => s.cancelSubscription(r.id, r.cause) },
  { method: "GET", pattern: /^\/v1\/invoices$/, handle: (s, r) => s.listInvoices(r.query) },
  { method: "POST", pattern: /^\/v1\/invoices\/create_preview$/, handle: (s, r) => s.createInvoicePreview(r.body) },
  { method: "GET", pattern: /^\/v1\/invoice_payments$/, handle: (s, r) => s.listInvoicePayments(r.query) },
  { method: "POST", pattern: /^\/v1\/refunds$/, handle: (s, r) => s.createRefund(r.body, r.cause) },
];

/** Any secret test key, or exactly `apiKey` when one was given. */
function authorized(header: string | undefined, apiKey: string | undefined): boolean {
  const key = /^Bearer (\S+)$/.exec(header ?? "")?.[1];
  if (key === undefined) return false;
  return apiKey === undefined ? /^(sk|rk)_test_\w+$/.test(key) : key === apiKey;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString("utf8");
}

function send(res: ServerResponse, status: number, body: unknown, requestId: string): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(json), "request-id": requestId });
  res.end(json);
}

const header = (req: IncomingMessage, name: string): string | null => {
  const value = req.headers[name];
  return typeof value === "string" ? value : null;
};

/** A POST's first answer under its idempotency key, replayed for the same key as Stripe does (for 24 hours). */
interface KeptAnswer {
  request: string;
  status: number;
  body: unknown;
}

/** How the stand-in answers: at once, after `delayMs`, or never (`hang`: as a Stripe that accepts the connection and goes silent). */
export interface Latency {
  delayMs: number;
  hang: boolean;
}

async function wait(latency: Latency, res: ServerResponse): Promise<void> {
  if (latency.hang) await new Promise<void>((resolve) => res.once("close", resolve));
  else if (latency.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, latency.delayMs));
}

async function handle(req: IncomingMessage, res: ServerResponse, state: StandInState, requests: RecordedRequest[], kept: Map<string, KeptAnswer>, latency: Latency, apiKey?: string): Promise<void> {
  const url = new URL(req.url ?? "/", "http://stand-in");
  const method = req.method ?? "GET";
  const recorded: RecordedRequest = {
    method,
    path: url.pathname,
    query: parseForm(url.search.slice(1)),
    body: parseForm(await readBody(req)),
    stripeVersion: header(req, "stripe-version"),
    idempotencyKey: header(req, "idempotency-key"),
  };
  requests.push(recorded);
  await wait(latency, res);
  if (res.destroyed) return;
  const requestId = newId("req_", 14);
  const keyed = method === "POST" && recorded.idempotencyKey !== null ? `${url.pathname} ${recorded.idempotencyKey}` : null;
  const signature = JSON.stringify(recorded.body);
  const earlier = keyed === null ? undefined : kept.get(keyed);
  if (earlier) {
    if (earlier.request !== signature) {
      const message = `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${recorded.idempotencyKey}' if you meant to execute a different request.`;
      return send(res, 400, { error: { type: "idempotency_error", message } }, requestId);
    }
    return send(res, earlier.status, earlier.body, requestId);
  }
  const answer = (status: number, body: unknown) => {
    if (keyed !== null) kept.set(keyed, { request: signature, status, body: structuredClone(body) });
    send(res, status, body, requestId);
  };
  try {
    if (!authorized(req.headers.authorization, apiKey)) throw new StripeApiError(401, "Invalid API Key provided");
    for (const route of routes) {
      const match = route.method === method ? route.pattern.exec(url.pathname) : null;
      if (!match) continue;
      const id = decodeURIComponent(match[1] ?? "");
      const cause: EventCause = { requestId, idempotencyKey: recorded.idempotencyKey };
      answer(200, route.handle(state, { id, query: recorded.query, body: recorded.body, cause }));
      return;
    }
    throw new StripeApiError(404, `Unrecognized request URL (${method}: ${url.pathname}).`);
  } catch (error) {
    if (error instanceof StripeApiError) answer(error.statusCode, error.body());
    else send(res, 500, { error: { type: "api_error", message: error instanceof Error ? error.message : String(error) } }, requestId);
  }
}

export function serve(server: Server, state: StandInState, requests: RecordedRequest[], latency: Latency, apiKey?: string): void {
  const kept = new Map<string, KeptAnswer>();
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res, state, requests, kept, latency, apiKey).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, { error: { type: "api_error", message: String(error) } }, "req_unknown");
    });
  });
}
