import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { plans, subscriptions } from "@/db/schema";
import type { BillingGateway } from "./billing-gateway";
import { findMemberForCustomer, lockMember } from "./lock-member";
import { withEntitlementHistory } from "./record-entitlement-change";
import { reshapeSubscription } from "./reshape-subscription";

/**
 * Converges our copy of a subscription on its current state at the provider. Whatever
 * order events arrive in, the last sync writes the newest state; a member's syncs are
 * serialized by a row lock taken before the state is read.
 */
export async function syncSubscription(
  db: Database,
  gateway: BillingGateway,
  options: { subscriptionId: string; customerId: string; userIdHint: string | null; cause: string; now: Date },
): Promise<string> {
  const userId = await findMemberForCustomer(db, options.customerId, options.userIdHint);
  if (!userId) return "ignored: unknown customer";
  await lockMember(db, userId);

  const current = await gateway.retrieveSubscription(options.subscriptionId);
  if (!current) return "ignored: unknown subscription";
  const snap = reshapeSubscription(current);
  if (snap.customerId !== options.customerId) return "ignored: customer mismatch";
  const [plan] = snap.priceId ? await db.select({ id: plans.id }).from(plans).where(eq(plans.stripePriceId, snap.priceId)).limit(1) : [];
  // A price that is not one of our plans never creates a member's access.
  if (!plan) return "ignored: price is not a plan";

  await withEntitlementHistory(db, { userId, cause: options.cause, now: options.now }, async () => {
    const values = {
      userId,
      customerId: snap.customerId,
      planId: plan.id,
      priceId: snap.priceId ?? "",
      status: snap.status,
      currentPeriodStart: snap.currentPeriodStart,
      currentPeriodEnd: snap.currentPeriodEnd,
      cancelAtPeriodEnd: snap.cancelAtPeriodEnd,
      cancelAt: snap.cancelAt,
      canceledAt: snap.canceledAt,
      endedAt: snap.endedAt,
      trialEnd: snap.trialEnd,
      amount: snap.amount,
      currency: snap.currency,
      interval: snap.interval,
      stripeCreatedAt: snap.stripeCreatedAt,
      syncedAt: options.now,
    };
    await db.insert(subscriptions).values({ id: snap.id, ...values }).onConflictDoUpdate({ target: subscriptions.id, set: values });
  });
  return "synced";
}
