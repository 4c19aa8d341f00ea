import { eq } from "drizzle-orm";
import { inTransaction, type Database } from "@/db/client";
import { users } from "@/db/schema";
import { currentEntitlements, recordEntitlementChange } from "./record-entitlement-change";

/**
 * Writes the history row of an access that ended by date alone (cancelled at period end,
 * grace over, complimentary or a ccap expired) the first time it is observed, by a
 * request or by sweepEntitlementExpiries; once, because it compares with the last row
 * under the member's row lock. No Stripe call is made.
 */
export async function observeEntitlementExpiry(db: Database, options: { userId: string; now: Date }): Promise<void> {
  await inTransaction(db, async (t) => {
    const [member] = await t.select({ id: users.id }).from(users).where(eq(users.id, options.userId)).limit(1).for("update");
    if (!member) return;
    const now = await currentEntitlements(t, options.userId, options.now);
    await recordEntitlementChange(t, { userId: options.userId, before: now, after: now, cause: "expiry" });
  });
}
