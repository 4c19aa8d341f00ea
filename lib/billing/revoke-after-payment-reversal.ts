import { and, desc, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { subscriptions } from "@/db/schema";
import { lockMemberForCustomer } from "./lock-member";
import { withEntitlementHistory } from "./record-entitlement-change";

/**
 * A refund or a dispute: under the editors' policy, the member's most recent
 * subscription with this customer stops granting access at once. Other plans,
 * complimentary access and editor grants are untouched.
 */
export async function revokeAfterPaymentReversal(
  db: Database,
  options: { customerId: string; reason: "refund" | "dispute"; cause: string; policyRevokes: boolean; now: Date },
): Promise<string> {
  if (!options.policyRevokes) return `kept: policy keeps access after a ${options.reason}`;
  const memberId = await lockMemberForCustomer(db, options.customerId, null);
  if (!memberId) return "ignored: unknown customer";
  const member = { id: memberId };
  const [target] = await db
    .select({ id: subscriptions.id })
    .from(subscriptions)
    .where(and(eq(subscriptions.userId, member.id), eq(subscriptions.customerId, options.customerId), isNull(subscriptions.revokedAt)))
    .orderBy(desc(subscriptions.currentPeriodStart), desc(subscriptions.stripeCreatedAt))
    .limit(1);
  if (!target) return "ignored: no subscription to revoke";
  await withEntitlementHistory(db, { userId: member.id, cause: options.cause, now: options.now }, async () => {
    await db.update(subscriptions).set({ revokedAt: options.now, revokedReason: options.reason }).where(eq(subscriptions.id, target.id));
  });
  return `revoked after ${options.reason}`;
}
