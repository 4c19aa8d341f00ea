import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { preparedSql } from "@/db/prepared-statement";
import { planPrices, plans, subscriptions, users } from "@/db/schema";
import { summarizeEntitlements } from "@/lib/access/summarize-entitlements";
import type { EntitlementSummary } from "@/lib/access/types";
import { entitlementRowOf, entitlementSelectList, grantsOf, withSubscription, type EntitlementRow } from "@/lib/members/member-grants";
import { lockMemberForCustomer } from "./lock-member";
import { lastRecordedColumn, recordEntitlementChange } from "./record-entitlement-change";
import { enqueueWebhookEvent } from "@/lib/webhooks/enqueue-webhook-event";
import { subscriptionTransitions } from "@/lib/webhooks/subscription-transitions";
import { reshapeSubscription, type StripeSubscriptionLike } from "./reshape-subscription";
import { upsertSubscriptionCopy } from "./upsert-subscription-copy";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export interface FetchedSubscription {
  /** The subscription as the provider answered, or null when it does not know it. */
  current: StripeSubscriptionLike | null;
  /** When the provider was asked: of two syncs, the one that asked later holds the newer state. */
  fetchedAt: Date;
}

/**
 * Converges our copy of a subscription on its state at the provider, fetched before this
 * transaction (no lock is held while the provider answers). A member's syncs are
 * serialized by a row lock; a state fetched before the stored one's is never written over
 * it, so any order of events ends in the newest state. The plan is found through every
 * price it ever had; a row we already hold is updated even when its price is no plan's.
 * A paid invoice after a refund or dispute (`restoreIfRevokedBefore`) restores access.
 */
export async function syncSubscription(
  db: Database,
  options: FetchedSubscription & { customerId: string; userIdHint: string | null; cause: string; now: Date; restoreIfRevokedBefore?: Date },
): Promise<string> {
  const userId = await lockMemberForCustomer(db, options.customerId, options.userIdHint);
  if (!userId) return "ignored: unknown customer";
  if (!options.current) return "ignored: unknown subscription";
  const snap = reshapeSubscription(options.current);
  if (snap.customerId !== options.customerId) return "ignored: customer mismatch";
  const found = await loadEntitlementsAndPlan(db, userId, snap.id, snap.priceId);
  if (!found) return "ignored: unknown customer";
  const { before, plan, last } = found;
  // A price that is not one of our plans never creates a member's access.
  if (!plan) return "ignored: price is not a plan";
  const held = before.subscriptionsJson?.find((s) => s.id === snap.id);
  const restore = held?.revokedAt && options.restoreIfRevokedBefore && new Date(held.revokedAt).getTime() < options.restoreIfRevokedBefore.getTime();
  const written = await upsertSubscriptionCopy(
    db,
    {
      id: snap.id,
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
      syncedAt: options.fetchedAt,
    },
    { restore: Boolean(restore) },
  );
  if (!written) return "ignored: a newer state is stored";
  // Integrators hear of starts, cancellations and ends in this transaction (lib/webhooks).
  for (const type of subscriptionTransitions(held, snap)) {
    await enqueueWebhookEvent(db, {
      type,
      data: { subscriptionId: snap.id, memberId: userId, planId: plan.id, status: snap.status, cancelAtPeriodEnd: snap.cancelAtPeriodEnd, cancelAt: iso(snap.cancelAt), currentPeriodEnd: iso(snap.currentPeriodEnd), endedAt: iso(snap.endedAt) },
    });
  }

  // A sync never revokes: only a refund or dispute does (revokeAfterPaymentReversal).
  const after = withSubscription(before, {
    id: snap.id,
    status: snap.status,
    currentPeriodStart: iso(snap.currentPeriodStart),
    currentPeriodEnd: iso(snap.currentPeriodEnd),
    cancelAtPeriodEnd: snap.cancelAtPeriodEnd,
    cancelAt: iso(snap.cancelAt),
    revokedAt: restore ? null : (held?.revokedAt ?? null),
    level: plan.level,
    ccaps: plan.ccaps,
  });
  await recordEntitlementChange(db, {
    userId,
    before: summarizeEntitlements(grantsOf(before), options.now),
    after: summarizeEntitlements(grantsOf(after), options.now),
    cause: options.cause,
    last,
  });
  return restore ? "synced: access restored by a paid invoice" : "synced";
}

interface PlanGrant {
  id: number;
  level: number;
  ccaps: string[];
}

// Every webhook reads this after the lock: one statement built once (see db/prepared-statement).
const loadState = preparedSql<Parameters<typeof entitlementRowOf>[0] & { plan: PlanGrant | null; last: EntitlementSummary | null }>("lede_sync_subscription_state", () => {
  const price = sql.placeholder("priceId");
  return sql`select ${entitlementSelectList()},
      (select json_build_object('id', p.id, 'level', p.level, 'ccaps', p.ccaps) from ${plans} p where p.id = coalesce(
        (select ${planPrices.planId} from ${planPrices} where ${planPrices.stripePriceId} = ${price}),
        (select id from ${plans} where ${plans.stripePriceId} = ${price}),
        (select ${subscriptions.planId} from ${subscriptions} where ${subscriptions.id} = ${sql.placeholder("subscriptionId")})) limit 1) as "plan",
      ${lastRecordedColumn()} as "last"
    from ${users} where ${users.id} = ${sql.placeholder("userId")} limit 1`;
});

/**
 * The member's entitlements and last history entry (read after the lock, so current) and
 * the plan, in one query: the plan of the price (current or former), else the plan of the
 * row we already hold.
 */
async function loadEntitlementsAndPlan(
  db: Database,
  userId: string,
  subscriptionId: string,
  priceId: string | null,
): Promise<{ before: EntitlementRow; plan: PlanGrant | null; last: EntitlementSummary | null } | null> {
  const [row] = await loadState(db, { userId, subscriptionId, priceId: priceId ?? "" });
  if (!row) return null;
  return { before: entitlementRowOf(row), plan: row.plan, last: row.last };
}
