import { and, eq, isNull, or } from "drizzle-orm";
import type { Database } from "@/db/client";
import { plans, users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { getSiteIdentity } from "@/lib/settings/site-identity";
import type { BillingGateway } from "./billing-gateway";
import { billingMode } from "./billing-mode";
import { idempotencyKey } from "./idempotency-key";
import { isTestModeId } from "./is-test-mode-id";
import { listMemberSubscriptions } from "./list-member-subscriptions";
import { planChoice } from "./switch/plan-choice";

/** The article (and gift link) whose paywall the checkout started from: Checkout metadata, then an attribution. */
export interface CheckoutAttribution {
  articleId: number;
  giftLinkId: number | null;
}

/**
 * Starts a checkout for a signed-in member: reuses (or creates) their customer, refuses a
 * plan they already hold or a second renewing base plan (lib/billing/switch/plan-choice: that
 * is a switch), and returns to the article with ?checkout=success (elsewhere to the account
 * page, which confirms it). `attribution` travels in the Checkout session's metadata.
 * No lock is held while Stripe answers: idempotency keys make two concurrent clicks one
 * customer and one session, and the customer id is stored only if none was (the first
 * writer wins and every checkout uses the stored one).
 */
export async function startCheckout(
  db: Database,
  gateway: BillingGateway,
  options: { userId: string; planId: number; returnTo: string; origin: string; now: Date; attribution?: CheckoutAttribution; accountCreated?: boolean },
): Promise<{ url: string }> {
  if (gateway.mode === "test" && billingMode() === "off") throw new AppError("CONFLICT", "Subscriptions are not available at the moment: payments are not set up.");
  const [plan] = await db.select().from(plans).where(eq(plans.id, options.planId)).limit(1);
  if (!plan || plan.status !== "active") throw new AppError("NOT_FOUND", "This plan is not on offer.");
  // A demo or test-mode price does not exist at Stripe: with real keys the plan is unavailable.
  if (!plan.stripePriceId || (gateway.mode === "stripe" && isTestModeId(plan.stripePriceId))) throw new AppError("CONFLICT", "This plan is not connected to a Stripe price yet.");
  const [user] = await db.select().from(users).where(eq(users.id, options.userId)).limit(1);
  if (!user || !user.email) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  const held = await listMemberSubscriptions(db, { userId: user.id, now: options.now });
  const choice = planChoice(held, plan);
  if (choice.kind === "current") throw new AppError("CONFLICT", "You already have this plan. Manage it from your account page.");
  // One renewing base subscription: another base plan is a switch of it (prorated), never a second one billed beside it.
  if (choice.kind === "switch") throw new AppError("CONFLICT", `You already subscribe to “${choice.from.planName}”: switch to “${plan.name}” from the plans page instead, and pay only the difference.`, {}, { key: "alreadySubscribed", values: { from: choice.from.planName, to: plan.name } });

  const customerId = await ensureCustomer(db, gateway, { user: { id: user.id, email: user.email, name: user.name, customerId: user.stripeCustomerId }, now: options.now });
  const back = new URL(options.returnTo, options.origin);
  // Back on the article, which says "Activating…" until the webhook lands; elsewhere the account page confirms it.
  if (back.pathname.startsWith("/articles/")) back.searchParams.set("checkout", "success");
  else {
    back.pathname = "/account";
    back.search = "?notice=subscribed";
  }
  // The account was created on the way (/subscribe): the page that welcomes them back says so too.
  if (options.accountCreated) back.searchParams.set("account", "created");
  const cancel = new URL("/subscribe", options.origin);
  cancel.searchParams.set("return", options.returnTo);
  // Checkout speaks the site's language, whatever the reader's browser says.
  const { language: locale } = await getSiteIdentity(db);
  const session = await gateway.createCheckoutSession({
    customerId,
    priceId: plan.stripePriceId,
    trialDays: plan.trialDays,
    successUrl: back.toString(),
    cancelUrl: cancel.toString(),
    userId: user.id,
    planId: plan.id,
    ...(options.attribution ? { attribution: options.attribution } : {}),
    locale,
    idempotencyKey: idempotencyKey("checkout", [user.id, plan.id, plan.stripePriceId, plan.trialDays, customerId, back.toString(), JSON.stringify(options.attribution ?? null), locale], options.now),
  });
  return { url: session.url };
}

/** The member's customer id, created on first checkout; a test-mode id is replaced once real keys are set. */
async function ensureCustomer(db: Database, gateway: BillingGateway, options: { user: { id: string; email: string; name: string | null; customerId: string | null }; now: Date }): Promise<string> {
  const { user } = options;
  const stale = gateway.mode === "stripe" && isTestModeId(user.customerId) ? user.customerId : null;
  if (user.customerId && !stale) return user.customerId;
  const created = await gateway.createCustomer({ email: user.email, name: user.name, userId: user.id, idempotencyKey: idempotencyKey("customer", [user.id, stale ?? ""], options.now) });
  await db
    .update(users)
    .set({ stripeCustomerId: created })
    .where(and(eq(users.id, user.id), stale ? or(isNull(users.stripeCustomerId), eq(users.stripeCustomerId, stale)) : isNull(users.stripeCustomerId)));
  const [kept] = await db.select({ customerId: users.stripeCustomerId }).from(users).where(eq(users.id, user.id)).limit(1);
  if (!kept?.customerId) throw new AppError("NOT_FOUND", "Your account no longer exists.");
  return kept.customerId;
}
