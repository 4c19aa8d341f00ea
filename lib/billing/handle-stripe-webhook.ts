import { eq, sql } from "drizzle-orm";
import type Stripe from "stripe";
import { inTransaction, type Database } from "@/db/client";
import { preparedSql, preparedStatement } from "@/db/prepared-statement";
import { stripeEvents } from "@/db/schema";
import type { BillingGateway } from "./billing-gateway";
import { customerIdOf, invoiceSubscriptionId, recordInvoice } from "./record-invoice";
import { reversePaymentAtStripe, type PaymentReversal } from "./reverse-payment-at-stripe";
import { revokeAfterPaymentReversal } from "./revoke-after-payment-reversal";
import { attributionOfCheckout } from "./attribution/attribution-of-checkout";
import { recordAttribution, type Attribution } from "./attribution/record-attribution";
import { isStaffRefundedCharge } from "./is-staff-refunded-charge";
import { constructWebhookEvent } from "./stripe-client";
import { syncSubscription, type FetchedSubscription } from "./sync-subscription";

export interface WebhookResult {
  status: 200 | 400;
  outcome: string;
}

interface SyncTarget extends FetchedSubscription {
  customerId: string;
  userIdHint: string | null;
}

/** What an event needs from Stripe, asked before the transaction: no lock is held while Stripe answers. */
type Prepared =
  | { kind: "done"; outcome: string }
  | { kind: "sync"; target: SyncTarget; attribution?: Attribution }
  | { kind: "invoice"; invoice: Stripe.Invoice; target: SyncTarget | null }
  | { kind: "reversal"; reversal: PaymentReversal };

async function fetchSubscription(gateway: BillingGateway, subscriptionId: string, customerId: string, userIdHint: string | null): Promise<SyncTarget> {
  const fetchedAt = new Date();
  return { current: await gateway.retrieveSubscription(subscriptionId), fetchedAt, customerId, userIdHint };
}

async function prepare(db: Database, gateway: BillingGateway, event: Stripe.Event): Promise<Prepared> {
  const reversedAt = new Date(event.created * 1000);
  switch (event.type) {
    case "checkout.session.completed": {
      const session = event.data.object;
      const customerId = customerIdOf(session.customer);
      const subscriptionId = customerIdOf(session.subscription);
      if (session.mode !== "subscription" || !subscriptionId || !customerId) return { kind: "done", outcome: "ignored: not a subscription checkout" };
      const attribution = attributionOfCheckout(session.id, customerId, session.metadata);
      return { kind: "sync", target: await fetchSubscription(gateway, subscriptionId, customerId, session.client_reference_id), ...(attribution ? { attribution } : {}) };
    }
    case "customer.subscription.created":
    case "customer.subscription.updated":
    case "customer.subscription.deleted":
    case "customer.subscription.paused":
    case "customer.subscription.resumed": {
      const sub = event.data.object;
      const customerId = customerIdOf(sub.customer);
      if (!customerId) return { kind: "done", outcome: "ignored: no customer" };
      return { kind: "sync", target: await fetchSubscription(gateway, sub.id, customerId, sub.metadata?.userId ?? null) };
    }
    case "invoice.paid":
    case "invoice.payment_failed": {
      const invoice = event.data.object;
      const subscriptionId = invoiceSubscriptionId(invoice);
      const customerId = customerIdOf(invoice.customer);
      return { kind: "invoice", invoice, target: subscriptionId && customerId ? await fetchSubscription(gateway, subscriptionId, customerId, null) : null };
    }
    case "charge.refunded": {
      const charge = event.data.object;
      const customerId = customerIdOf(charge.customer);
      if (!customerId || !charge.refunded) return { kind: "done", outcome: "ignored: partial refund or no customer" };
      if (await isStaffRefundedCharge(db, charge.id)) return { kind: "done", outcome: "ignored: refunded by staff, policy already applied" };
      return { kind: "reversal", reversal: await reversePaymentAtStripe(db, gateway, { customerId, reason: "refund", eventId: event.id, reversedAt }) };
    }
    case "charge.dispute.created": {
      const chargeId = customerIdOf(event.data.object.charge);
      const customerId = chargeId ? await gateway.retrieveChargeCustomer(chargeId) : null;
      if (!customerId) return { kind: "done", outcome: "ignored: unknown charge" };
      return { kind: "reversal", reversal: await reversePaymentAtStripe(db, gateway, { customerId, reason: "dispute", eventId: event.id, reversedAt }) };
    }
    default:
      return { kind: "done", outcome: "ignored: event type not handled" };
  }
}

async function apply(db: Database, prepared: Prepared, cause: string, now: Date): Promise<string> {
  switch (prepared.kind) {
    case "done":
      return prepared.outcome;
    case "sync": {
      const outcome = await syncSubscription(db, { ...prepared.target, cause, now });
      // A checkout that started from an article's paywall or gift link: the subscription is that article's conversion.
      if (prepared.attribution && outcome.startsWith("synced")) await recordAttribution(db, prepared.attribution);
      return outcome;
    }
    case "invoice": {
      await recordInvoice(db, prepared.invoice);
      if (!prepared.target) return "recorded invoice";
      // A paid invoice newer than a refund or dispute means the member pays again: access returns.
      const paidAt = prepared.invoice.status === "paid" ? new Date(prepared.invoice.created * 1000) : undefined;
      return syncSubscription(db, { ...prepared.target, cause, now, restoreIfRevokedBefore: paidAt });
    }
    case "reversal":
      return revokeAfterPaymentReversal(db, { ...prepared.reversal, cause, now });
  }
}

// Every event is looked up, then recorded: statements built once (see db/prepared-statement).
const recordedEvent = preparedStatement((db) =>
  db.select({ id: stripeEvents.id }).from(stripeEvents).where(eq(stripeEvents.id, sql.placeholder("id"))).limit(1).prepare("lede_recorded_stripe_event"),
);
const recordEvent = preparedSql<{ id: string }>("lede_record_stripe_event", () => {
  const [id, type, stripeCreatedAt, outcome] = ["id", "type", "stripeCreatedAt", "outcome"].map((name) => sql.placeholder(name));
  return sql`insert into ${stripeEvents} (${sql.identifier(stripeEvents.id.name)}, ${sql.identifier(stripeEvents.type.name)}, ${sql.identifier(stripeEvents.stripeCreatedAt.name)}, ${sql.identifier(stripeEvents.outcome.name)})
    values (${id}, ${type}, ${stripeCreatedAt}, ${outcome}) on conflict do nothing returning ${stripeEvents.id} as "id"`;
});

/** Thrown inside the transaction to undo a replay's work: the event was processed already. */
class AlreadyProcessed extends Error {}

/**
 * The one entry point for Stripe events, from the webhook route and from the local test
 * checkout alike: verify the signature, ask Stripe what the event needs (outside any
 * transaction), then converge the member's state and record the event id with its
 * outcome in one transaction. A replay finds the id taken and changes nothing; a failure
 * leaves the event unrecorded and Stripe's retry processes it.
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
  const duplicate = { status: 200 as const, outcome: "duplicate: already processed" };
  if ((await recordedEvent(db).execute({ id: event.id })).length > 0) return duplicate;
  const prepared = await prepare(db, gatewayFor(db), event);
  try {
    return await inTransaction(db, async (txDb) => {
      const outcome = await apply(txDb, prepared, event.id, now);
      const [recorded] = await recordEvent(txDb, { id: event.id, type: event.type, stripeCreatedAt: new Date(event.created * 1000).toISOString(), outcome });
      // A concurrent delivery of the same event recorded it first: undo this one's work.
      if (!recorded) throw new AlreadyProcessed();
      return { status: 200 as const, outcome };
    });
  } catch (e) {
    if (e instanceof AlreadyProcessed) return duplicate;
    throw e;
  }
}
