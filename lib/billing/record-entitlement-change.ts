import type { Database } from "@/db/client";
import { entitlementHistory } from "@/db/schema";
import { sameEntitlements, summarizeEntitlements } from "@/lib/access/summarize-entitlements";
import type { EntitlementSummary } from "@/lib/access/types";
import { loadMemberGrants } from "@/lib/members/load-member-grants";

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

/** Writes a history row naming the cause if what the member can read differs from before to after. */
export async function recordEntitlementChange(
  db: Database,
  options: { userId: string; before: EntitlementSummary; after: EntitlementSummary; cause: string; actorId?: string | null },
): Promise<void> {
  const { before, after } = options;
  if (sameEntitlements(before, after)) return;
  await db.insert(entitlementHistory).values({
    userId: options.userId,
    fromLevel: before.level,
    toLevel: after.level,
    fromCcaps: before.ccaps,
    toCcaps: after.ccaps,
    cause: options.cause,
    actorId: options.actorId ?? null,
  });
}
