import type { Database } from "@/db/client";
import { summarizeEntitlements } from "@/lib/access/summarize-entitlements";
import type { Grant } from "@/lib/access/types";
import { entitlementHistory } from "@/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { EntitlementSnapshot } from "./entitlement-snapshot";

/** What the editor-managed grants of a snapshot give, summarised by lib/access (the one place that weighs levels). */
function summarize(s: EntitlementSnapshot, now: Date) {
  const grants: Grant[] = [
    { source: "account", level: s.level, ccaps: [], until: null },
    ...s.ccaps.map((c): Grant => ({ source: "editor", level: null, ccaps: [c.name], until: c.expiresAt })),
  ];
  if (s.compLevel !== null && s.compUntil) grants.push({ source: "complimentary", level: s.compLevel, ccaps: [], until: s.compUntil });
  return summarizeEntitlements(grants, now);
}

/**
 * Keeps both records of an editor's change to a member: the entitlement history (what the
 * member could read, cause "editor") and the audit log (who, what from → to, why).
 */
export async function recordEntitlementChange(
  db: Database,
  options: { userId: string; actorId: string; action: string; before: EntitlementSnapshot; after: EntitlementSnapshot; reason: string; now: Date },
): Promise<void> {
  const from = summarize(options.before, options.now);
  const to = summarize(options.after, options.now);
  await db.insert(entitlementHistory).values({
    userId: options.userId,
    fromLevel: from.level,
    toLevel: to.level,
    fromCcaps: from.ccaps,
    toCcaps: to.ccaps,
    cause: "editor",
    actorId: options.actorId,
  });
  await recordAudit(db, { actorId: options.actorId, action: options.action, targetType: "member", targetId: options.userId, before: options.before, after: options.after, reason: options.reason });
}
