import type Stripe from "stripe";
import type { Database } from "@/db/client";
import { stripeEvents } from "@/db/schema";
import { getSettings } from "@/lib/settings/settings";
import type { BillingGateway } from "./billing-gateway";
import { customerIdOf, invoiceSubscriptionId, recordInvoice } from "./record-invoice";
import { revokeAfterPaymentReversal } from "./revoke-after-payment-reversal";
import { constructWebhookEvent } from "./stripe-client";
import { syncSubscription } from "./sync-subscription";

export interface WebhookResult {
  status: 200 | 400;
  outcome: string;
}

async function dispatch(db: Database, gateway: BillingGateway, event: Stripe.Event, now: Date): Promise<string> {
  const cause = event.id;
  switch (event.type) {
    case "checkout.session.completed": {
      const session = event.data.object;
      const customerId = customerIdOf(session.customer);
      const subscriptionId = customerIdOf(session.subscription);
      if (session.mode !== "subscription" || !subscriptionId || !customerId) return "ignored: not a subscription checkout";
      return syncSubscription(db, gateway, { subscriptionId, customerId, userIdHint: session.client_reference_id, cause, now });
    }
    case "customer.subscription.created":
    case "customer.subscription.updated":
    case "customer.subscription.deleted":
    case "customer.subscription.paused":
    case "customer.subscription.resumed": {
      const sub = event.data.object;
      const customerId = customerIdOf(sub.customer);
      if (!customerId) return "ignored: no customer";
      return syncSubscription(db, gateway, { subscriptionId: sub.id, customerId, userIdHint: sub.metadata?.userId ?? null, cause, now });
    }
    case "invoice.paid":
    case "invoice.payment_failed": {
      const invoice = event.data.object;
      await recordInvoice(db, invoice);
      const subscriptionId = invoiceSubscriptionId(invoice);
      const customerId = customerIdOf(invoice.customer);
      if (!subscriptionId || !customerId) return "recorded invoice";
      return syncSubscription(db, gateway, { subscriptionId, customerId, userIdHint: null, cause, now });
    }
    case "charge.refunded": {
      const charge = event.data.object;
      const customerId = customerIdOf(charge.customer);
      if (!customerId || !charge.refunded) return "ignored: partial refund or no customer";
      const { revokeOnRefund } = await getSettings(db);
      return revokeAfterPaymentReversal(db, { customerId, reason: "refund", cause, policyRevokes: revokeOnRefund, now });
    }
    case "charge.dispute.created": {
      const dispute = event.data.object;
      const chargeId = customerIdOf(dispute.charge);
      const customerId = chargeId ? await gateway.retrieveChargeCustomer(chargeId) : null;
      if (!customerId) return "ignored: unknown charge";
      const { revokeOnRefund } = await getSettings(db);
      return revokeAfterPaymentReversal(db, { customerId, reason: "dispute", cause, policyRevokes: revokeOnRefund, now });
    }
    default:
      return "ignored: event type not handled";
  }
}

/** Thrown inside the transaction to undo a replay's work: the event was processed already. */
class AlreadyProcessed extends Error {}

/**
 * The one entry point for Stripe events, from the webhook route and from the local test
 * checkout alike: verify the signature, converge the member's state, and record the event
 * id with its outcome, all in one transaction. A replay finds the id taken at the end and
 * rolls its work back (so it changes nothing); a failure leaves the event unrecorded and
 * Stripe's retry processes it.
 */
export async function handleStripeWebhook(
  db: Database,
  gatewayFor: (db: Database) => BillingGateway,
  options: { rawBody: string; signature: string | null; secret: string; now?: Date },
): Promise<WebhookResult> {
  if (!options.signature) return { status: 400, outcome: "Missing Stripe-Signature header." };
  let event: Stripe.Event;
  try {
    event = constructWebhookEvent(options.rawBody, options.signature, options.secret);
  } catch {
    return { status: 400, outcome: "Invalid signature." };
  }
  const now = options.now ?? new Date();
  try {
    return await db.transaction(async (tx) => {
      const txDb = tx as unknown as Database;
      // The gateway works inside the transaction too (test mode keeps its "Stripe side" in the database).
      const outcome = await dispatch(txDb, gatewayFor(txDb), event, now);
      const [recorded] = await txDb
        .insert(stripeEvents)
        .values({ id: event.id, type: event.type, stripeCreatedAt: new Date(event.created * 1000), outcome })
        .onConflictDoNothing()
        .returning({ id: stripeEvents.id });
      if (!recorded) throw new AlreadyProcessed();
      return { status: 200 as const, outcome };
    });
  } catch (e) {
    if (e instanceof AlreadyProcessed) return { status: 200, outcome: "duplicate: already processed" };
    throw e;
  }
}
