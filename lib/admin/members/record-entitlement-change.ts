import type { Database } from "@/db/client";
import { entitlementHistory } from "@/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { EntitlementSnapshot } from "./entitlement-snapshot";

/** The level a member reads at: the account level, or active complimentary access above it. */
function readingLevel(s: EntitlementSnapshot, now: Date): number {
  const comp = s.compLevel !== null && s.compUntil && s.compUntil > now ? s.compLevel : -1;
  return Math.max(s.level, comp);
}

const liveCcaps = (s: EntitlementSnapshot, now: Date) => s.ccaps.filter((c) => !c.expiresAt || c.expiresAt > now).map((c) => c.name);

/**
 * Keeps both records of an editor's change to a member: the entitlement history (what the
 * member could read, cause "editor") and the audit log (who, what from → to, why).
 */
export async function recordEntitlementChange(
  db: Database,
  options: { userId: string; actorId: string; action: string; before: EntitlementSnapshot; after: EntitlementSnapshot; reason: string; now: Date },
): Promise<void> {
  const { before, after, now } = options;
  await db.insert(entitlementHistory).values({
    userId: options.userId,
    fromLevel: readingLevel(before, now),
    toLevel: readingLevel(after, now),
    fromCcaps: liveCcaps(before, now),
    toCcaps: liveCcaps(after, now),
    cause: "editor",
    actorId: options.actorId,
  });
  await recordAudit(db, { actorId: options.actorId, action: options.action, targetType: "member", targetId: options.userId, before, after, reason: options.reason });
}
