import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { subscriptions } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { billingMode } from "../billing-mode";
import type { StripeSubscriptionLike } from "../reshape-subscription";
import { deliverTestEvents } from "./deliver-test-events";
import { addInterval, buildInvoice, seconds } from "./test-mode-objects";
import { getObject, putObject } from "./test-mode-store";

export type TestSubscriptionAction = "cancel" | "resume" | "end-period" | "renew";

/**
 * The account page's test-mode controls: what the Stripe portal and the passage of time
 * would do to a subscription, sent through the webhook code like Stripe's own events.
 */
export async function changeTestSubscription(db: Database, options: { userId: string; subscriptionId: string; action: TestSubscriptionAction; now: Date }): Promise<void> {
  if (billingMode() !== "test") throw new AppError("NOT_FOUND", "Test checkout is off on this site.");
  const [owned] = await db.select({ id: subscriptions.id }).from(subscriptions).where(and(eq(subscriptions.id, options.subscriptionId), eq(subscriptions.userId, options.userId))).limit(1);
  const sub = owned ? ((await getObject(db, "subscription", options.subscriptionId)) as StripeSubscriptionLike | null) : null;
  if (!sub) throw new AppError("NOT_FOUND", "No such test subscription on your account.");
  const item = sub.items.data[0]!;
  const now = seconds(options.now);
  const events: { type: string; object: unknown }[] = [];

  if (options.action === "cancel" || options.action === "resume") {
    if (sub.status === "canceled") throw new AppError("CONFLICT", "This subscription has already ended.");
    sub.cancel_at_period_end = options.action === "cancel";
    sub.canceled_at = options.action === "cancel" ? now : null;
    events.push({ type: "customer.subscription.updated", object: sub });
  } else if (options.action === "end-period") {
    // The period ends now: a cancelling subscription ends, as Stripe would at period end.
    if (!sub.cancel_at_period_end) throw new AppError("CONFLICT", "Only a subscription set to cancel can be ended now; renew it instead.");
    item.current_period_end = now;
    sub.status = "canceled";
    sub.ended_at = now;
    events.push({ type: "customer.subscription.deleted", object: sub });
  } else {
    if (sub.status === "canceled") throw new AppError("CONFLICT", "This subscription has already ended.");
    item.current_period_start = now;
    item.current_period_end = seconds(addInterval(options.now, item.price.recurring?.interval === "year" ? "year" : "month"));
    sub.status = "active";
    sub.trial_end = null;
    const invoice = buildInvoice({ sub, paid: true, now: options.now });
    await putObject(db, "invoice", invoice.id, invoice);
    events.push({ type: "invoice.paid", object: invoice }, { type: "customer.subscription.updated", object: sub });
  }
  await putObject(db, "subscription", sub.id, { ...sub });
  await deliverTestEvents(db, events, options.now);
}
