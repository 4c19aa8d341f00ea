import { and, eq, gt } from "drizzle-orm";
import type { Database } from "@/db/client";
import { invoices, subscriptions } from "@/db/schema";
import { lockMemberForCustomer } from "./lock-member";
import { withEntitlementHistory } from "./record-entitlement-change";
import type { PaymentReversal } from "./reverse-payment-at-stripe";
import { syncSubscription } from "./sync-subscription";

/**
 * A refund or a dispute, in our records, after reversePaymentAtStripe carried out the
 * policy at Stripe: "cancel-now" and "keep" withdraw the subscription's access at once
 * (an entitlement-history row names the event); "cancel-at-period-end" stores the
 * cancellation and access ends with the paid period. Under "keep", a paid invoice newer
 * than the reversal (whichever arrives first) means access was restored. Other plans,
 * complimentary access and editor grants are untouched.
 */
export async function revokeAfterPaymentReversal(db: Database, reversal: PaymentReversal & { cause: string; now: Date }): Promise<string> {
  const memberId = await lockMemberForCustomer(db, reversal.customerId, null);
  if (!memberId) return "ignored: unknown customer";
  if (!reversal.subscriptionId) return "ignored: no subscription to revoke";
  const sync = async () =>
    reversal.fetched ? syncSubscription(db, { ...reversal.fetched, customerId: reversal.customerId, userIdHint: null, cause: reversal.cause, now: reversal.now }) : null;
  if (reversal.policy === "cancel-at-period-end") {
    await sync();
    return `kept until the period end, then cancelled, after a ${reversal.reason}`;
  }
  const [paidSince] = await db
    .select({ id: invoices.id })
    .from(invoices)
    .where(and(eq(invoices.subscriptionId, reversal.subscriptionId), eq(invoices.status, "paid"), gt(invoices.stripeCreatedAt, reversal.reversedAt)))
    .limit(1);
  if (paidSince) return `kept: paid again after the ${reversal.reason}`;
  await withEntitlementHistory(db, { userId: memberId, cause: `${reversal.cause} (${reversal.reason}: ${reversal.policy})`, now: reversal.now }, async () => {
    await db
      .update(subscriptions)
      .set({ revokedAt: reversal.reversedAt, revokedReason: reversal.reason })
      .where(and(eq(subscriptions.id, reversal.subscriptionId!), eq(subscriptions.userId, memberId)));
  });
  await sync();
  return `revoked after ${reversal.reason}`;
}
