import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { billingMode } from "./billing-mode";
import { isTestModeId } from "./is-test-mode-id";

/**
 * The member's Stripe (or test-mode) customer id, if they ever started a checkout. With
 * real keys a test-mode id counts as none: Stripe does not know it (the next checkout
 * replaces it).
 */
export async function memberCustomerId(db: Database, userId: string): Promise<string | null> {
  const [row] = await db.select({ customerId: users.stripeCustomerId }).from(users).where(eq(users.id, userId)).limit(1);
  const id = row?.customerId ?? null;
  return billingMode() === "stripe" && isTestModeId(id) ? null : id;
}
