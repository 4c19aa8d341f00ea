import type { Database } from "@/db/client";
import type { EntitlementSummary } from "@/lib/access/types";
import { currentEntitlements, recordEntitlementChange as recordAccessChange } from "@/lib/billing/record-entitlement-change";
import { recordAudit } from "../audit/record-audit";
import type { EntitlementSnapshot } from "./entitlement-snapshot";

/**
 * Keeps both records of an editor's change to a member: the entitlement history through
 * lib/billing's one writer (what the member can read from every grant, plans included,
 * cause "editor"; no row when that did not change) and the audit log (who, what from →
 * to, why). `accessBefore` is currentEntitlements read before the change.
 */
export async function recordEntitlementChange(
  db: Database,
  options: { userId: string; actorId: string; action: string; before: EntitlementSnapshot; after: EntitlementSnapshot; accessBefore: EntitlementSummary; reason: string; now: Date },
): Promise<void> {
  const accessAfter = await currentEntitlements(db, options.userId, options.now);
  await recordAccessChange(db, { userId: options.userId, before: options.accessBefore, after: accessAfter, cause: "editor", actorId: options.actorId });
  await recordAudit(db, { actorId: options.actorId, action: options.action, targetType: "member", targetId: options.userId, before: options.before, after: options.after, reason: options.reason });
}
