import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";

/** The member's Stripe (or test-mode) customer id, if they ever started a checkout. */
export async function memberCustomerId(db: Database, userId: string): Promise<string | null> {
  const [row] = await db.select({ customerId: users.stripeCustomerId }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.customerId ?? null;
}
