/**
 * A stand-in for Stripe's API, in process, for tests: point the real `stripe` SDK at it with
 *   new Stripe("sk_test_standin", { host: "127.0.0.1", port: standIn.port, protocol: "http", maxNetworkRetries: 0, telemetry: false })
 * It answers the endpoints Lede uses (customers, products and their archiving, prices,
 * checkout and billing-portal sessions, subscriptions with their cancellation, invoices) with
 * objects shaped on Stripe's own examples
 * (fixtures.json beside this file), and its test controls move a subscription through its
 * life, returning the webhook events Stripe would send, each with a snapshot of its object.
 * A POST repeated with the same Idempotency-Key gets the first answer again (another body
 * under the same key is an idempotency_error), as Stripe does.
 */
import { createServer } from "node:http";
import type { StripeEventLike } from "./events";
import {
  DEFAULT_FIXTURES_PATH,
  loadFixtures,
  type Charge,
  type CheckoutSession,
  type Customer,
  type Dispute,
  type Refund,
  type Invoice,
  type PortalSession,
  type Price,
  type Product,
  type Subscription,
} from "./objects";
import { serve, type Latency, type RecordedRequest } from "./server";
import { StandInState } from "./state";

export { API_VERSION, type EventObject, type StripeEventLike } from "./events";
export type { Charge, CheckoutSession, Customer, Dispute, Invoice, InvoiceLineItem, PortalSession, Price, Product, Refund, Subscription, SubscriptionItem, Wire } from "./objects";
export type { FormObject, FormValue } from "./params";
export type { RecordedRequest } from "./server";
export type { ListObject } from "./state";

export interface StripeStandInOptions {
  /** Default 0: a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Accept only this key; by default any `sk_test_…` / `rk_test_…` key. */
  apiKey?: string;
  /** Default: fixtures.json beside this file. */
  fixturesPath?: string;
}

export interface StripeStandIn {
  /** `http://host:port` */
  readonly url: string;
  readonly port: number;
  readonly host: string;
  stop(): Promise<void>;

  /** Every request received, oldest first: method, path, parsed query and form body. */
  readonly requests: RecordedRequest[];
  /** Every event produced, oldest first: by the controls below and by API calls that change a subscription. */
  readonly events: StripeEventLike[];

  /**
   * A slow or silent Stripe (fault tests): every request from now on is answered after
   * `delayMs`, or never (`"hang"`: the connection stays open until the client gives up);
   * `0` answers at once again. The request is recorded as it arrives.
   */
  setLatency(latency: number | "hang"): void;

  /** The stand-in's "now" (Unix seconds), used for every `created` and period timestamp. */
  now(): number;
  /** Moves "now" forward; returns the new now. */
  advanceClock(seconds: number): number;

  /** The customer pays: subscription (trialing with trial days, else active), paid invoice (and a charge unless $0), session complete. Events: checkout.session.completed, customer.subscription.created, invoice.paid. */
  completeCheckout(sessionId: string): StripeEventLike[];
  /** customer.subscription.updated; `past_due` adds an open invoice (invoice.payment_failed), `active` pays an open one (invoice.paid). */
  setStatus(subscriptionId: string, status: Subscription["status"]): StripeEventLike[];
  /** Next period: customer.subscription.updated + invoice.paid (or invoice.payment_failed and past_due); ends a subscription set to cancel at period end. */
  renew(subscriptionId: string, options?: { paymentFails?: boolean }): StripeEventLike[];
  /** customer.subscription.updated with cancel_at_period_end (and cancel_at, canceled_at). */
  scheduleCancel(subscriptionId: string, cancel: boolean): StripeEventLike[];
  /** customer.subscription.deleted: status canceled, ended_at now. */
  cancelNow(subscriptionId: string): StripeEventLike[];
  /** customer.subscription.paused + customer.subscription.updated. */
  pause(subscriptionId: string): StripeEventLike[];
  /** customer.subscription.resumed + customer.subscription.updated + invoice.paid (new period from now). */
  resume(subscriptionId: string): StripeEventLike[];
  /** charge.refunded for the customer's latest unrefunded charge. */
  refundLatestCharge(customerId: string): StripeEventLike[];
  /** charge.dispute.created (data.object is the dispute) for the customer's latest undisputed charge. */
  disputeLatestCharge(customerId: string): StripeEventLike[];

  /** Live state, keyed by id (mutating it changes what the API answers). */
  readonly customers: Map<string, Customer>;
  readonly products: Map<string, Product>;
  readonly prices: Map<string, Price>;
  readonly checkoutSessions: Map<string, CheckoutSession>;
  readonly portalSessions: Map<string, PortalSession>;
  readonly subscriptions: Map<string, Subscription>;
  readonly invoices: Map<string, Invoice>;
  readonly charges: Map<string, Charge>;
  readonly disputes: Map<string, Dispute>;
  /** Refunds made through POST /v1/refunds. */
  readonly refunds: Map<string, Refund>;
}

export async function startStripeStandIn(options: StripeStandInOptions = {}): Promise<StripeStandIn> {
  const fixtures = loadFixtures(options.fixturesPath ?? DEFAULT_FIXTURES_PATH);
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("Stripe stand-in: expected a TCP address");
  const { address: host, port } = address;
  const url = `http://${host}:${port}`;
  const state = new StandInState(fixtures, url);
  const requests: RecordedRequest[] = [];
  const latency: Latency = { delayMs: 0, hang: false };
  serve(server, state, requests, latency, options.apiKey);

  return {
    url,
    port,
    host,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        if (!server.listening) return resolve();
        server.close((error) => (error ? reject(error) : resolve()));
        // The SDK keeps connections alive; close them so `close` can finish.
        server.closeAllConnections();
      }),
    requests,
    setLatency: (value) => Object.assign(latency, value === "hang" ? { delayMs: 0, hang: true } : { delayMs: value, hang: false }),
    events: state.events,
    now: () => state.now(),
    advanceClock: (seconds) => state.advanceClock(seconds),
    completeCheckout: (id) => state.completeCheckout(id),
    setStatus: (id, status) => state.setStatus(id, status),
    renew: (id, renewOptions) => state.renew(id, renewOptions),
    scheduleCancel: (id, cancel) => state.scheduleCancel(id, cancel),
    cancelNow: (id) => state.cancelNow(id),
    pause: (id) => state.pause(id),
    resume: (id) => state.resume(id),
    refundLatestCharge: (customerId) => state.refundLatestCharge(customerId),
    disputeLatestCharge: (customerId) => state.disputeLatestCharge(customerId),
    customers: state.customers,
    products: state.products,
    prices: state.prices,
    checkoutSessions: state.checkoutSessions,
    portalSessions: state.portalSessions,
    subscriptions: state.subscriptions,
    invoices: state.invoices,
    charges: state.charges,
    disputes: state.disputes,
    refunds: state.refunds,
  };
}
