import Stripe from "stripe";
import { env } from "@/lib/env";

/** Real Stripe when a secret key is configured; otherwise the local test checkout. */
export function isStripeConfigured(): boolean {
  return Boolean(env().STRIPE_SECRET_KEY);
}

const holder = globalThis as unknown as { __ledeStripe?: Stripe };

/**
 * How long one call to Stripe may take, and how often the SDK tries again, chosen here and
 * nowhere else. The SDK's defaults (80 s, none) would hold a member's checkout for over a
 * minute when Stripe hangs; with these a call gives up within ~2 × 10 s (plus the SDK's
 * short back-off), and the member gets a clear "try again" answer (stripe-gateway). Retries
 * are safe: the SDK sends an idempotency key with every retried POST, and ours carry one already.
 */
export const STRIPE_TIMEOUT_MS = 10_000;
export const STRIPE_NETWORK_RETRIES = 1;

/**
 * The Stripe SDK client. STRIPE_API_BASE (e.g. http://127.0.0.1:12111) points it at a
 * stand-in server, which is how the tests run the real SDK without Stripe's servers.
 */
export function stripeClient(): Stripe {
  const key = env().STRIPE_SECRET_KEY;
  if (!key) throw new Error("STRIPE_SECRET_KEY is not set");
  if (holder.__ledeStripe) return holder.__ledeStripe;
  const config: Stripe.StripeConfig = { timeout: STRIPE_TIMEOUT_MS, maxNetworkRetries: STRIPE_NETWORK_RETRIES, telemetry: false, appInfo: { name: "Lede" } };
  const url = env().STRIPE_API_BASE;
  if (url) {
    // A stand-in (tests) answers at once or is meant to hang: no retry, so a hang shows in one timeout.
    Object.assign(config, { host: url.hostname, port: Number(url.port || (url.protocol === "https:" ? 443 : 80)), protocol: url.protocol.replace(":", ""), maxNetworkRetries: 0 });
  }
  holder.__ledeStripe = new Stripe(key, config);
  return holder.__ledeStripe;
}

/** Verifies a webhook signature (Stripe's scheme, 5 minutes tolerance) and parses the event. */
export function constructWebhookEvent(rawBody: string, signature: string, secret: string): Stripe.Event {
  return Stripe.webhooks.constructEvent(rawBody, signature, secret);
}

/** Signs a payload the way Stripe does: used by the local test checkout and the tests. */
export function signWebhookPayload(payload: string, secret: string): string {
  return Stripe.webhooks.generateTestHeaderString({ payload, secret });
}
