import { and, desc, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { subscriptions } from "@/db/schema";
import { getSettings, type Settings } from "@/lib/settings/settings";
import type { BillingGateway } from "./billing-gateway";
import type { FetchedSubscription } from "./sync-subscription";

export interface PaymentReversal {
  customerId: string;
  reason: "refund" | "dispute";
  policy: Settings["paymentReversalPolicy"];
  /** The subscription the reversed payment most likely paid for: the customer's latest not yet revoked. */
  subscriptionId: string | null;
  /** When Stripe reversed the payment (the event's time): a later paid invoice restores access. */
  reversedAt: Date;
  /** The subscription's state after the policy was carried out at Stripe, if anything was. */
  fetched: FetchedSubscription | null;
}

/**
 * The Stripe side of a refund or dispute, done before the webhook's transaction (no lock
 * is held while Stripe answers): under the newsroom's policy, the subscription is
 * cancelled now or at its period end, so the card is not charged again. The idempotency
 * key is the event's, so Stripe's retries of the event cancel once.
 */
export async function reversePaymentAtStripe(
  db: Database,
  gateway: BillingGateway,
  options: { customerId: string; reason: PaymentReversal["reason"]; eventId: string; reversedAt: Date },
): Promise<PaymentReversal> {
  const { paymentReversalPolicy: policy } = await getSettings(db);
  const [target] = await db
    .select({ id: subscriptions.id })
    .from(subscriptions)
    .where(and(eq(subscriptions.customerId, options.customerId), isNull(subscriptions.revokedAt)))
    .orderBy(desc(subscriptions.currentPeriodStart), desc(subscriptions.stripeCreatedAt))
    .limit(1);
  const base = { customerId: options.customerId, reason: options.reason, policy, subscriptionId: target?.id ?? null, reversedAt: options.reversedAt, fetched: null };
  if (!target || policy === "keep") return base;
  const fetchedAt = new Date();
  const current = await gateway.cancelSubscription(target.id, { atPeriodEnd: policy === "cancel-at-period-end", idempotencyKey: `lede-reversal-${options.eventId}` });
  return { ...base, fetched: { current, fetchedAt } };
}
