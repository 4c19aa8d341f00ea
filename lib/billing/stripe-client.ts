import Stripe from "stripe";
import { env } from "@/lib/env";

/** Real Stripe when a secret key is configured; otherwise the local test checkout. */
export function isStripeConfigured(): boolean {
  return Boolean(env().STRIPE_SECRET_KEY);
}

const holder = globalThis as unknown as { __ledeStripe?: Stripe };

/**
 * The Stripe SDK client. STRIPE_API_BASE (e.g. http://127.0.0.1:12111) points it at a
 * stand-in server, which is how the tests run the real SDK without Stripe's servers.
 */
export function stripeClient(): Stripe {
  const key = env().STRIPE_SECRET_KEY;
  if (!key) throw new Error("STRIPE_SECRET_KEY is not set");
  if (holder.__ledeStripe) return holder.__ledeStripe;
  const config: Stripe.StripeConfig = { maxNetworkRetries: 2, telemetry: false, appInfo: { name: "Lede" } };
  const url = env().STRIPE_API_BASE;
  if (url) {
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
