import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { plans, subscriptions, users } from "@/db/schema";
import { summarizeEntitlements } from "@/lib/access/summarize-entitlements";
import { entitlementColumns, grantsOf, withSubscription, type EntitlementRow } from "@/lib/members/member-grants";
import type { BillingGateway } from "./billing-gateway";
import { lockMemberForCustomer } from "./lock-member";
import { recordEntitlementChange } from "./record-entitlement-change";
import { reshapeSubscription } from "./reshape-subscription";

const iso = (d: Date | null) => d?.toISOString() ?? null;

/**
 * Converges our copy of a subscription on its current state at the provider. Whatever
 * order events arrive in, the last sync writes the newest state; a member's syncs are
 * serialized by a row lock taken before the state is read. Three statements for a known
 * member besides the provider's copy: lock, entitlements before with the plan, upsert; and
 * a history row only when what they can read changed (the state after is worked out, not
 * read back).
 */
export async function syncSubscription(
  db: Database,
  gateway: BillingGateway,
  options: { subscriptionId: string; customerId: string; userIdHint: string | null; cause: string; now: Date },
): Promise<string> {
  const userId = await lockMemberForCustomer(db, options.customerId, options.userIdHint);
  if (!userId) return "ignored: unknown customer";

  const current = await gateway.retrieveSubscription(options.subscriptionId);
  if (!current) return "ignored: unknown subscription";
  const snap = reshapeSubscription(current);
  if (snap.customerId !== options.customerId) return "ignored: customer mismatch";
  const found = await loadEntitlementsAndPlan(db, userId, snap.priceId);
  if (!found) return "ignored: unknown customer";
  const { before, plan } = found;
  // A price that is not one of our plans never creates a member's access.
  if (!plan) return "ignored: price is not a plan";
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

  // A sync never touches revoked_at: a revoked subscription stays revoked.
  const revokedAt = before.subscriptionsJson?.find((s) => s.id === snap.id)?.revokedAt ?? null;
  const after = withSubscription(before, {
    id: snap.id,
    status: snap.status,
    currentPeriodStart: iso(snap.currentPeriodStart),
    currentPeriodEnd: iso(snap.currentPeriodEnd),
    cancelAtPeriodEnd: snap.cancelAtPeriodEnd,
    cancelAt: iso(snap.cancelAt),
    revokedAt,
    level: plan.level,
    ccaps: plan.ccaps,
  });
  await recordEntitlementChange(db, {
    userId,
    before: summarizeEntitlements(grantsOf(before), options.now),
    after: summarizeEntitlements(grantsOf(after), options.now),
    cause: options.cause,
  });
  return "synced";
}

interface PlanGrant {
  id: number;
  level: number;
  ccaps: string[];
}

/** The member's entitlements (read after the lock, so current) and the plan of a price, in one query. */
async function loadEntitlementsAndPlan(db: Database, userId: string, priceId: string | null): Promise<{ before: EntitlementRow; plan: PlanGrant | null } | null> {
  const [row] = await db
    .select({
      ...entitlementColumns(),
      plan: sql<PlanGrant | null>`(select json_build_object('id', ${plans.id}, 'level', ${plans.level}, 'ccaps', ${plans.ccaps}) from ${plans} where ${plans.stripePriceId} = ${priceId ?? ""} limit 1)`,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!row) return null;
  const { plan, ...before } = row;
  return { before: before as EntitlementRow, plan: priceId ? plan : null };
}
