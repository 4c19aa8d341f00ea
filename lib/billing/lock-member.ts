import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";

/** Finds the member paying through a Stripe customer, or by a user id the checkout carried. */
export async function findMemberForCustomer(db: Database, customerId: string, userIdHint: string | null): Promise<string | null> {
  const [byCustomer] = await db.select({ id: users.id }).from(users).where(eq(users.stripeCustomerId, customerId)).limit(1);
  if (byCustomer) return byCustomer.id;
  if (!userIdHint) return null;
  const [byHint] = await db.select({ id: users.id, customer: users.stripeCustomerId }).from(users).where(eq(users.id, userIdHint)).limit(1);
  // A hint never moves a member who already pays through another customer.
  if (!byHint || (byHint.customer && byHint.customer !== customerId)) return null;
  await db.update(users).set({ stripeCustomerId: customerId }).where(eq(users.id, byHint.id));
  return byHint.id;
}

/** Serializes every billing change to one member (row lock until the transaction ends). */
export async function lockMember(db: Database, userId: string): Promise<void> {
  await db.execute(sql`select 1 from ${users} where ${users.id} = ${userId} for update`);
}
