import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { preparedSql } from "@/db/prepared-statement";
import { users } from "@/db/schema";

// Every webhook takes this lock: one statement built once (see db/prepared-statement).
const lockByCustomer = preparedSql<{ id: string }>(
  "lede_lock_member_by_customer",
  () => sql`select ${users.id} as "id" from ${users} where ${users.stripeCustomerId} = ${sql.placeholder("customerId")} limit 1 for update`,
);

/**
 * Finds the member paying through a Stripe customer, or by a user id the checkout carried,
 * and locks their row until the transaction ends, which serializes every billing change
 * to one member: one statement for a known customer.
 */
export async function lockMemberForCustomer(db: Database, customerId: string, userIdHint: string | null): Promise<string | null> {
  const [byCustomer] = await lockByCustomer(db, { customerId });
  if (byCustomer) return byCustomer.id;
  if (!userIdHint) return null;
  const [byHint] = await db.select({ id: users.id, customer: users.stripeCustomerId }).from(users).where(eq(users.id, userIdHint)).limit(1).for("update");
  // A hint never moves a member who already pays through another customer.
  if (!byHint || (byHint.customer && byHint.customer !== customerId)) return null;
  await db.update(users).set({ stripeCustomerId: customerId }).where(eq(users.id, byHint.id));
  return byHint.id;
}
