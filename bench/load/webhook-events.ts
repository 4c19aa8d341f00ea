import Stripe from "stripe";
import { buildEvent } from "../../scripts/stripe-stand-in/events";
import { DEFAULT_FIXTURES_PATH, loadFixtures } from "../../scripts/stripe-stand-in/objects";

export interface WebhookCustomer {
  userId: string;
  customerId: string;
  subscriptionId: string;
}

/**
 * Signed `customer.subscription.updated` events, each with a new event id (a repeated id
 * is a no-op by design, which would flatter the figures), built on Stripe's own example
 * objects and signed at the moment they are sent, well inside the 300 s tolerance.
 */
export function webhookEventSource(options: { secret: string; customers: WebhookCustomer[] }): () => { body: string; signature: string } {
  const fixtures = loadFixtures(DEFAULT_FIXTURES_PATH);
  let sent = 0;
  return () => {
    const customer = options.customers[sent++ % options.customers.length]!;
    const now = Math.floor(Date.now() / 1000);
    const subscription = { ...fixtures.subscription, id: customer.subscriptionId, customer: customer.customerId, status: "active" as const, metadata: { userId: customer.userId } };
    const body = JSON.stringify(buildEvent(fixtures, now, "customer.subscription.updated", subscription));
    return { body, signature: Stripe.webhooks.generateTestHeaderString({ payload: body, secret: options.secret }) };
  };
}
