import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { planPrices, plans } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { BillingGateway } from "../billing-gateway";
import type { StripeSubscriptionLike } from "../reshape-subscription";
import { prorateSwitch } from "../switch/prorate-switch";
import { addInterval, buildInvoice, seconds } from "./test-mode-objects";
import { deleteObject, getObject, putObject, testId } from "./test-mode-store";

/**
 * The gateway when no Stripe keys are configured: the "Stripe side" lives in the
 * test_mode_objects table, and checkout is the local page /billing/test-checkout/[id].
 */
export function testModeGateway(db: Database): BillingGateway {
  return {
    mode: "test",
    async createCustomer({ email, name, userId }) {
      const id = testId("cus");
      await putObject(db, "customer", id, { id, email, name, metadata: { userId } });
      return id;
    },
    async updateCustomerEmail(customerId, email) {
      const customer = await getObject(db, "customer", customerId);
      if (customer) await putObject(db, "customer", customerId, { ...customer, email });
    },
    async deleteCustomer(customerId) {
      await deleteObject(db, customerId);
    },
    async createCheckoutSession(input) {
      const id = testId("cs");
      await putObject(db, "checkout_session", id, { id, status: "open", customer: input.customerId, ...input });
      return { id, url: `/billing/test-checkout/${id}` };
    },
    async createPortalSession() {
      // Test mode has no portal: the account page offers its own test controls.
      return null;
    },
    async retrieveSubscription(id) {
      return (await getObject(db, "subscription", id)) as StripeSubscriptionLike | null;
    },
    async cancelSubscription(id, { atPeriodEnd }) {
      const sub = (await getObject(db, "subscription", id)) as StripeSubscriptionLike | null;
      if (!sub || sub.status === "canceled") return sub;
      const now = seconds(new Date());
      if (atPeriodEnd) Object.assign(sub, { cancel_at_period_end: true, canceled_at: now });
      else Object.assign(sub, { status: "canceled", canceled_at: now, ended_at: now });
      await putObject(db, "subscription", id, { ...sub });
      return sub;
    },
    async previewSwitch(input) {
      const { sub, to } = await switchParts(db, input.subscriptionId, input.priceId);
      return { amountDue: prorate(sub, to, input.prorationDate), currency: to.currency };
    },
    async switchSubscription(input) {
      const { sub, to } = await switchParts(db, input.subscriptionId, input.priceId);
      const amountDue = prorate(sub, to, input.prorationDate);
      const item = sub.items.data[0]!;
      const now = new Date(input.prorationDate * 1000);
      if ((item.price.recurring?.interval ?? "month") !== to.interval) {
        item.current_period_start = input.prorationDate;
        item.current_period_end = seconds(addInterval(now, to.interval));
      }
      item.price = { id: input.priceId, unit_amount: to.amount, currency: to.currency, recurring: { interval: to.interval } };
      sub.metadata = { ...sub.metadata, planId: String(input.planId) };
      await putObject(db, "subscription", sub.id, { ...sub });
      const invoice = { ...buildInvoice({ sub, paid: true, now }), amount_due: amountDue, amount_paid: amountDue };
      await putObject(db, "invoice", invoice.id, invoice);
      // As Stripe would: the change and its prorated invoice arrive as events (imported here: that module imports this one).
      const { deliverTestEvents } = await import("./deliver-test-events");
      await deliverTestEvents(db, [{ type: "customer.subscription.updated", object: sub }, { type: "invoice.paid", object: invoice }], now);
      return sub;
    },
    async refundInvoice(invoiceId) {
      // Test mode "pays" with no card: the refund is recorded on its invoice object, once.
      const invoice = await getObject(db, "invoice", invoiceId);
      const paid = Number(invoice?.amount_paid ?? 0);
      if (!invoice || invoice.status !== "paid" || paid <= 0) return null;
      const done = invoice.refund as { id: string } | undefined;
      const refund = done ? { ...done } : { id: testId("re"), amount: paid, currency: String(invoice.currency) };
      if (!done) await putObject(db, "invoice", invoiceId, { ...invoice, refund });
      return { id: refund.id, chargeId: null, amount: paid, currency: String(invoice.currency) };
    },
    async retrieveChargeCustomer() {
      // Test mode takes no payments, so it has no charges to refund or dispute.
      return null;
    },
    async retrievePrice() {
      // Test mode keeps no prices of its own: a linked id is taken as given.
      return null;
    },
    async createProduct() {
      return testId("prod");
    },
    async createPrice() {
      return testId("price");
    },
    async archiveProduct() {},
  };
}

/** The test subscription and the terms of the price it moves to (test mode knows prices through the plans). */
async function switchParts(db: Database, subscriptionId: string, priceId: string) {
  const sub = (await getObject(db, "subscription", subscriptionId)) as StripeSubscriptionLike | null;
  if (!sub || sub.status === "canceled") throw new AppError("NOT_FOUND", "No such test subscription.");
  const [price] = await db.select({ amount: planPrices.amount, currency: planPrices.currency, interval: planPrices.interval }).from(planPrices).where(eq(planPrices.stripePriceId, priceId)).limit(1);
  const [plan] = price ? [price] : await db.select({ amount: plans.amount, currency: plans.currency, interval: plans.interval }).from(plans).where(eq(plans.stripePriceId, priceId)).limit(1);
  if (!plan) throw new AppError("INVALID_INPUT", "No plan has this price.");
  return { sub, to: plan };
}

function prorate(sub: StripeSubscriptionLike, to: { amount: number; interval: "month" | "year" }, at: number): number {
  const item = sub.items.data[0]!;
  return prorateSwitch({
    from: { amount: item.price.unit_amount ?? 0, interval: item.price.recurring?.interval === "year" ? "year" : "month" },
    to,
    periodStart: item.current_period_start,
    periodEnd: item.current_period_end,
    at,
    trialing: sub.status === "trialing",
  });
}
