import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";

/**
 * Finds the member paying through a Stripe customer, or by a user id the checkout carried,
 * and locks their row until the transaction ends, which serializes every billing change
 * to one member: one statement for a known customer.
 */
export async function lockMemberForCustomer(db: Database, customerId: string, userIdHint: string | null): Promise<string | null> {
  const [byCustomer] = await db.select({ id: users.id }).from(users).where(eq(users.stripeCustomerId, customerId)).limit(1).for("update").prepare("lede_lock_member_by_customer").execute();
  if (byCustomer) return byCustomer.id;
  if (!userIdHint) return null;
  const [byHint] = await db.select({ id: users.id, customer: users.stripeCustomerId }).from(users).where(eq(users.id, userIdHint)).limit(1).for("update");
  // A hint never moves a member who already pays through another customer.
  if (!byHint || (byHint.customer && byHint.customer !== customerId)) return null;
  await db.update(users).set({ stripeCustomerId: customerId }).where(eq(users.id, byHint.id));
  return byHint.id;
}
