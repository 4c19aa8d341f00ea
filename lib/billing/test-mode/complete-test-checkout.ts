import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { plans } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { CheckoutInput } from "../billing-gateway";
import { billingMode } from "../billing-mode";
import { attributionMetadata } from "../attribution/attribution-metadata";
import { deliverTestEvents } from "./deliver-test-events";
import { buildInvoice, buildSubscription } from "./test-mode-objects";
import { getObject, putObject } from "./test-mode-store";

/**
 * "Pay" a test-mode checkout: creates the subscription and its first invoice on the
 * test "Stripe side", then sends checkout.session.completed, customer.subscription.created
 * and invoice.paid through the webhook code. Only the member who started it may finish it.
 */
export async function completeTestCheckout(db: Database, options: { sessionId: string; userId: string; now: Date }): Promise<{ successUrl: string }> {
  if (billingMode() !== "test") throw new AppError("NOT_FOUND", "Test checkout is off on this site.");
  const session = await getObject(db, "checkout_session", options.sessionId);
  if (!session || session.userId !== options.userId) throw new AppError("NOT_FOUND", "This test checkout does not exist.");
  if (session.status !== "open") throw new AppError("CONFLICT", "This test checkout was already completed.");
  const [plan] = await db.select().from(plans).where(eq(plans.id, Number(session.planId))).limit(1);
  if (!plan || !plan.stripePriceId || plan.stripePriceId !== session.priceId) throw new AppError("CONFLICT", "This plan is no longer available.");

  const sub = buildSubscription({
    customerId: String(session.customer),
    userId: options.userId,
    price: { id: plan.stripePriceId, amount: plan.amount, currency: plan.currency, interval: plan.interval },
    trialDays: Number(session.trialDays ?? 0),
    now: options.now,
  });
  const invoice = buildInvoice({ sub, paid: true, now: options.now });
  await putObject(db, "subscription", sub.id, { ...sub });
  await putObject(db, "invoice", invoice.id, invoice);
  const completed = { ...session, status: "complete", subscription: sub.id };
  await putObject(db, "checkout_session", options.sessionId, completed);

  await deliverTestEvents(
    db,
    [
      { type: "checkout.session.completed", object: {
        id: options.sessionId,
        object: "checkout.session",
        mode: "subscription",
        customer: session.customer,
        subscription: sub.id,
        client_reference_id: options.userId,
        status: "complete",
        metadata: { userId: options.userId, planId: String(session.planId), ...attributionMetadata(session.attribution as CheckoutInput["attribution"]) },
      } },
      { type: "customer.subscription.created", object: sub },
      { type: "invoice.paid", object: invoice },
    ],
    options.now,
  );
  return { successUrl: String(session.successUrl) };
}
