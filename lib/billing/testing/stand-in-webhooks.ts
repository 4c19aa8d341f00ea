import Stripe from "stripe";
import { expect } from "vitest";
import type { Database } from "@/db/client";
import type { StripeEventLike, StripeStandIn } from "@/scripts/stripe-stand-in/index";
import { handleStripeWebhook } from "../handle-stripe-webhook";
import { stripeGateway } from "../stripe-gateway";

/** Integration tests' billing gateway: the real Stripe SDK pointed at the stand-in. */
export function standInGateway(standIn: StripeStandIn) {
  return stripeGateway(new Stripe("sk_test_standin", { host: "127.0.0.1", port: standIn.port, protocol: "http", maxNetworkRetries: 0, telemetry: false }));
}

/** Signs each event as Stripe would and hands it to the webhook handler; each must answer 200. Returns the outcomes. */
export async function deliverSignedEvents(db: Database, standIn: StripeStandIn, secret: string, events: StripeEventLike[], now: Date): Promise<string[]> {
  const outcomes: string[] = [];
  for (const event of events) {
    const rawBody = JSON.stringify(event);
    const signature = Stripe.webhooks.generateTestHeaderString({ payload: rawBody, secret });
    const result = await handleStripeWebhook(db, () => standInGateway(standIn), { rawBody, signature, secret, now });
    expect(result.status).toBe(200);
    outcomes.push(result.outcome);
  }
  return outcomes;
}
