import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { plans, users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { BillingGateway } from "./billing-gateway";
import { listMemberSubscriptions } from "./list-member-subscriptions";

/**
 * Starts a checkout for a signed-in member: reuses (or creates) their customer, refuses a
 * plan they already hold, and returns to `returnTo` with ?checkout=success afterwards.
 */
export async function startCheckout(
  db: Database,
  gateway: BillingGateway,
  options: { userId: string; planId: number; returnTo: string; origin: string; now: Date },
): Promise<{ url: string }> {
  const [plan] = await db.select().from(plans).where(eq(plans.id, options.planId)).limit(1);
  if (!plan || plan.status !== "active") throw new AppError("NOT_FOUND", "This plan is not on offer.");
  if (!plan.stripePriceId) throw new AppError("CONFLICT", "This plan is not connected to a Stripe price yet.");
  const [user] = await db.select().from(users).where(eq(users.id, options.userId)).limit(1);
  if (!user || !user.email) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  const held = await listMemberSubscriptions(db, { userId: user.id, now: options.now });
  if (held.some((s) => s.planId === plan.id && s.isGranting)) throw new AppError("CONFLICT", "You already have this plan. Manage it from your account page.");

  let customerId = user.stripeCustomerId;
  if (!customerId) {
    customerId = await gateway.createCustomer({ email: user.email, name: user.name, userId: user.id });
    await db.update(users).set({ stripeCustomerId: customerId }).where(eq(users.id, user.id));
  }
  const back = new URL(options.returnTo, options.origin);
  back.searchParams.set("checkout", "success");
  const cancel = new URL("/subscribe", options.origin);
  cancel.searchParams.set("return", options.returnTo);
  const session = await gateway.createCheckoutSession({
    customerId,
    priceId: plan.stripePriceId,
    trialDays: plan.trialDays,
    successUrl: back.toString(),
    cancelUrl: cancel.toString(),
    userId: user.id,
    planId: plan.id,
  });
  return { url: session.url };
}
