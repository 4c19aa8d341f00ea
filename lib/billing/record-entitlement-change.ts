import { desc, eq, sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db/client";
import { entitlementHistory } from "@/db/schema";
import { sameEntitlements, summarizeEntitlements } from "@/lib/access/summarize-entitlements";
import type { EntitlementSummary } from "@/lib/access/types";
import { loadMemberGrants } from "@/lib/members/load-member-grants";
import { enqueueWebhookEvent } from "@/lib/webhooks/enqueue-webhook-event";

/** Cause of a history row written when an end date passed (period end, grace, complimentary, ccap), first seen by a request or a sweep. */
export const EXPIRY_CAUSE = "expiry";

/** What a member can read at `now`, from every grant (account, editors, complimentary, plans), through lib/access. */
export async function currentEntitlements(db: Database, userId: string, now: Date): Promise<EntitlementSummary> {
  return summarizeEntitlements((await loadMemberGrants(db, userId)) ?? [], now);
}

/**
 * Runs `change` and, if what the member can read changed, writes a history row naming
 * the cause (a Stripe event id, or "editor"). History rows are never deleted.
 */
export async function withEntitlementHistory<T>(
  db: Database,
  options: { userId: string; cause: string; actorId?: string | null; now: Date },
  change: () => Promise<T>,
): Promise<T> {
  const before = await currentEntitlements(db, options.userId, options.now);
  const result = await change();
  const after = await currentEntitlements(db, options.userId, options.now);
  await recordEntitlementChange(db, { ...options, before, after });
  return result;
}

async function lastRecorded(db: Database, userId: string): Promise<EntitlementSummary | null> {
  const [last] = await db
    .select({ level: entitlementHistory.toLevel, ccaps: entitlementHistory.toCcaps })
    .from(entitlementHistory)
    .where(eq(entitlementHistory.userId, userId))
    .orderBy(desc(entitlementHistory.id))
    .limit(1);
  return last ?? null;
}

/**
 * The member's last history entry as a column of a query on `users` (null when there is none):
 * a caller that reads the member after taking the lock passes it to recordEntitlementChange
 * as `last`, which then skips its own read.
 */
export function lastRecordedColumn(): SQL<EntitlementSummary | null> {
  return sql<EntitlementSummary | null>`(select json_build_object('level', h.to_level, 'ccaps', h.to_ccaps) from ${entitlementHistory} h where h.user_id = "users"."id" order by h.id desc limit 1)`;
}

/**
 * The one writer of entitlement history, for Stripe events, editors and expiries alike:
 * if an end date passed unrecorded since the last row (the member's access at `before`
 * is not what the history last says), that expiry is written first, once; then a row
 * naming the cause if what the member can read differs from before to after. The caller
 * holds the member's row lock (and `last`, when given, was read under it).
 */
export async function recordEntitlementChange(
  db: Database,
  options: { userId: string; before: EntitlementSummary; after: EntitlementSummary; cause: string; actorId?: string | null; last?: EntitlementSummary | null },
): Promise<void> {
  const { before, after } = options;
  const last = options.last !== undefined ? options.last : await lastRecorded(db, options.userId);
  if (last && !sameEntitlements(last, before)) await insertRow(db, { userId: options.userId, from: last, to: before, cause: EXPIRY_CAUSE, actorId: null });
  if (sameEntitlements(before, after)) return;
  await insertRow(db, { userId: options.userId, from: before, to: after, cause: options.cause, actorId: options.actorId ?? null });
}

async function insertRow(db: Database, row: { userId: string; from: EntitlementSummary; to: EntitlementSummary; cause: string; actorId: string | null }): Promise<void> {
  await db.insert(entitlementHistory).values({
    userId: row.userId,
    fromLevel: row.from.level,
    toLevel: row.to.level,
    fromCcaps: row.from.ccaps,
    toCcaps: row.to.ccaps,
    cause: row.cause,
    actorId: row.actorId,
  });
  // Every history row is an access change integrators hear of, in the same transaction.
  await enqueueWebhookEvent(db, {
    type: "member.access_changed",
    data: { memberId: row.userId, from: { level: row.from.level, ccaps: [...row.from.ccaps] }, to: { level: row.to.level, ccaps: [...row.to.ccaps] }, cause: row.cause },
  });
}
