import { and, isNotNull, like, or } from "drizzle-orm";
import type { Database } from "@/db/client";
import { plans, users } from "@/db/schema";
import { billingMode } from "./billing-mode";
import { env } from "@/lib/env";

/**
 * What the server should say loudly at start-up about payments: the local test checkout
 * running under NODE_ENV=production (anyone can give themselves any plan), payments off,
 * or real keys with plans and members still carrying test-mode ids (they are ignored
 * and replaced: such plans are unavailable until an editor saves them).
 */
export async function billingStartUpWarnings(db: Database): Promise<string[]> {
  const mode = billingMode();
  const production = env().NODE_ENV === "production";
  if (mode === "test" && production) {
    return ["!!! LEDE_TEST_CHECKOUT=1: the LOCAL TEST CHECKOUT IS ON IN PRODUCTION. Any signed-in account can give itself any plan without paying. Set STRIPE_SECRET_KEY, or unset LEDE_TEST_CHECKOUT, before real readers arrive. !!!"];
  }
  if (mode === "off") return ["Payments are off: no STRIPE_SECRET_KEY under NODE_ENV=production, so plans show as unavailable. Set the Stripe keys (or LEDE_TEST_CHECKOUT=1 for a demo)."];
  if (mode !== "stripe") return [];
  const testId = (column: typeof plans.stripePriceId | typeof users.stripeCustomerId) => or(like(column, "%\\_test\\_%"), like(column, "%\\_demo\\_%"));
  const [testPlans, testMembers] = await Promise.all([
    db.select({ name: plans.name }).from(plans).where(and(isNotNull(plans.stripePriceId), testId(plans.stripePriceId))),
    db.$count(users, and(isNotNull(users.stripeCustomerId), testId(users.stripeCustomerId))),
  ]);
  const warnings: string[] = [];
  if (testPlans.length > 0) warnings.push(`Stripe keys are set but ${testPlans.length} plan(s) still have test-mode prices (${testPlans.map((p) => p.name).join(", ")}): they are not offered until an editor saves them in /admin/plans, which creates their Stripe prices.`);
  if (testMembers > 0) warnings.push(`${testMembers} member(s) hold test-mode customer ids from the local test checkout; each gets a real Stripe customer at their next checkout.`);
  return warnings;
}

const holder = globalThis as unknown as { __ledeBillingWarned?: boolean };

/** Logs the warnings once per process: at server start, and from the plans page in case start-up did not. */
export async function logBillingWarningsOnce(db: Database): Promise<void> {
  if (holder.__ledeBillingWarned) return;
  holder.__ledeBillingWarned = true;
  for (const line of await billingStartUpWarnings(db)) console.warn(`[lede] ${line}`);
}
