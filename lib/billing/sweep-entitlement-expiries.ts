import { and, eq, gt, lte, or, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { memberCcaps, subscriptions, users } from "@/db/schema";
import { observeEntitlementExpiry } from "./observe-entitlement-expiry";

const MAX_GRACE_DAYS = 60;

/**
 * The periodic sweep (run it every few minutes, e.g. from the server's start-up code):
 * every member with an end date that passed between `since` and `now` (subscription
 * period end or cancel date, a past-due grace period, complimentary access, a ccap) gets
 * the expiry written to their history if no request observed it first. Returns how many
 * members were looked at.
 */
export async function sweepEntitlementExpiries(db: Database, options: { since: Date; now: Date }): Promise<number> {
  const { since, now } = options;
  const subscriptionEnd = sql`coalesce(${subscriptions.cancelAt}, ${subscriptions.currentPeriodEnd})`;
  const [comps, ccaps, subs] = await Promise.all([
    db.select({ id: users.id }).from(users).where(and(gt(users.compUntil, since), lte(users.compUntil, now))),
    db.select({ id: memberCcaps.userId }).from(memberCcaps).where(and(gt(memberCcaps.expiresAt, since), lte(memberCcaps.expiresAt, now))),
    db
      .select({ id: subscriptions.userId })
      .from(subscriptions)
      .where(
        or(
          and(sql`${subscriptionEnd} > ${since.toISOString()}::timestamptz`, sql`${subscriptionEnd} <= ${now.toISOString()}::timestamptz`),
          and(eq(subscriptions.status, "past_due"), gt(subscriptions.currentPeriodStart, new Date(since.getTime() - MAX_GRACE_DAYS * 86_400_000))),
        ),
      ),
  ]);
  const ids = [...new Set([...comps, ...ccaps, ...subs].map((r) => r.id))];
  for (const userId of ids) await observeEntitlementExpiry(db, { userId, now });
  return ids.length;
}
