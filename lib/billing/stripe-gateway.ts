import Stripe from "stripe";
import { AppError } from "@/lib/errors";
import type { BillingGateway } from "./billing-gateway";
import { attributionMetadata } from "./attribution/attribution-metadata";
import { stripeClient } from "./stripe-client";

/**
 * Stripe's refusal of a request (bad or unknown id, bad amount…) is the caller's to fix: a 400 with Stripe's words.
 * Stripe not answering in time (stripe-client's timeout) or failing on its side is nobody's
 * fault: a 503 saying so, never a generic error.
 */
async function refusalsAsInput<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    if (e instanceof Stripe.errors.StripeInvalidRequestError || e instanceof Stripe.errors.StripeIdempotencyError) {
      throw new AppError("INVALID_INPUT", `Stripe refused the request: ${e.message}`, {}, { key: "stripeRefused", values: { reason: e.message } });
    }
    if (e instanceof Stripe.errors.StripeConnectionError || e instanceof Stripe.errors.StripeAPIError || e instanceof Stripe.errors.StripeRateLimitError) {
      throw new AppError("UNAVAILABLE", "Stripe, our payment provider, is not answering just now. Nothing was charged: please try again in a minute.");
    }
    throw e;
  }
}

const isMissing = (e: unknown) => e instanceof Stripe.errors.StripeInvalidRequestError && e.statusCode === 404;

/** The gateway to Stripe itself, through the official SDK. */
export function stripeGateway(stripe: Stripe = stripeClient()): BillingGateway {
  return {
    mode: "stripe",
    createCustomer: ({ email, name, userId, idempotencyKey }) =>
      refusalsAsInput(async () => (await stripe.customers.create({ email, name: name ?? undefined, metadata: { userId } }, { idempotencyKey })).id),
    async updateCustomerEmail(customerId, email) {
      await refusalsAsInput(() => stripe.customers.update(customerId, { email }));
    },
    async deleteCustomer(customerId) {
      try {
        await stripe.customers.del(customerId);
      } catch (e) {
        // Already gone at Stripe: nothing left to delete.
        if (!isMissing(e)) throw e;
      }
    },
    createCheckoutSession: (input) =>
      refusalsAsInput(async () => {
        const session = await stripe.checkout.sessions.create(
          {
            mode: "subscription",
            customer: input.customerId,
            client_reference_id: input.userId,
            line_items: [{ price: input.priceId, quantity: 1 }],
            allow_promotion_codes: true,
            success_url: input.successUrl,
            cancel_url: input.cancelUrl,
            metadata: { userId: input.userId, planId: String(input.planId), ...attributionMetadata(input.attribution) },
            ...(input.locale ? { locale: input.locale } : {}),
            subscription_data: {
              metadata: { userId: input.userId, planId: String(input.planId) },
              ...(input.trialDays > 0 ? { trial_period_days: input.trialDays } : {}),
            },
          },
          { idempotencyKey: input.idempotencyKey },
        );
        if (!session.url) throw new Error("Stripe returned a checkout session without a URL");
        return { id: session.id, url: session.url };
      }),
    createPortalSession: ({ customerId, returnUrl, locale }) =>
      refusalsAsInput(async () => (await stripe.billingPortal.sessions.create({ customer: customerId, return_url: returnUrl, ...(locale ? { locale } : {}) })).url),
    async retrieveSubscription(id) {
      try {
        return await stripe.subscriptions.retrieve(id);
      } catch (e) {
        if (isMissing(e)) return null;
        throw e;
      }
    },
    async cancelSubscription(id, { atPeriodEnd, idempotencyKey }) {
      try {
        if (atPeriodEnd) return await stripe.subscriptions.update(id, { cancel_at_period_end: true }, { idempotencyKey });
        return await stripe.subscriptions.cancel(id, {}, { idempotencyKey });
      } catch (e) {
        if (isMissing(e)) return null;
        // Already ended (or set to end) at Stripe: its current state is the answer.
        if (e instanceof Stripe.errors.StripeInvalidRequestError) return stripe.subscriptions.retrieve(id);
        throw e;
      }
    },
    previewSwitch: (input) =>
      refusalsAsInput(async () => {
        const itemId = await firstItemId(stripe, input.subscriptionId);
        const preview = await stripe.invoices.createPreview({
          customer: input.customerId,
          subscription: input.subscriptionId,
          subscription_details: { items: [{ id: itemId, price: input.priceId }], proration_behavior: "always_invoice", proration_date: input.prorationDate },
        });
        return { amountDue: preview.amount_due, currency: preview.currency };
      }),
    switchSubscription: (input) =>
      refusalsAsInput(async () => {
        const itemId = await firstItemId(stripe, input.subscriptionId);
        return stripe.subscriptions.update(
          input.subscriptionId,
          {
            items: [{ id: itemId, price: input.priceId }],
            proration_behavior: "always_invoice",
            proration_date: input.prorationDate,
            // Payment is taken now; a refused card leaves the subscription as it was.
            payment_behavior: "pending_if_incomplete",
            metadata: { planId: String(input.planId) },
          },
          { idempotencyKey: input.idempotencyKey },
        );
      }),
    refundInvoice: (invoiceId, { idempotencyKey }) =>
      refusalsAsInput(async () => {
        const payments = await stripe.invoicePayments.list({ invoice: invoiceId, status: "paid", limit: 10 });
        const paid = payments.data.find((p) => (p.amount_paid ?? 0) > 0);
        if (!paid) return null;
        const idOf = (ref: string | { id: string } | undefined) => (typeof ref === "string" ? ref : ref?.id);
        const charge = idOf(paid.payment.charge);
        const paymentIntent = idOf(paid.payment.payment_intent);
        if (!charge && !paymentIntent) return null;
        const refund = await stripe.refunds.create(
          { ...(charge ? { charge } : { payment_intent: paymentIntent }), reason: "requested_by_customer", metadata: { invoiceId } },
          { idempotencyKey },
        );
        return { id: refund.id, chargeId: idOf(refund.charge ?? undefined) ?? null, amount: refund.amount, currency: refund.currency };
      }),
    async retrieveChargeCustomer(chargeId) {
      const charge = await stripe.charges.retrieve(chargeId);
      if (!charge.customer) return null;
      return typeof charge.customer === "string" ? charge.customer : charge.customer.id;
    },
    async retrievePrice(id) {
      try {
        const price = await stripe.prices.retrieve(id);
        return { productId: typeof price.product === "string" ? price.product : price.product.id, amount: price.unit_amount, currency: price.currency, interval: price.recurring?.interval ?? null };
      } catch (e) {
        if (isMissing(e)) return null;
        throw e;
      }
    },
    createProduct: ({ name, description, idempotencyKey }) => refusalsAsInput(async () => (await stripe.products.create({ name, description: description || undefined }, { idempotencyKey })).id),
    createPrice: ({ productId, amount, currency, interval, idempotencyKey }) =>
      refusalsAsInput(async () => (await stripe.prices.create({ product: productId, unit_amount: amount, currency, recurring: { interval } }, { idempotencyKey })).id),
    async archiveProduct(productId) {
      await stripe.products.update(productId, { active: false });
    },
  };
}

/** Lede's subscriptions have one item: the plan's price. */
async function firstItemId(stripe: Stripe, subscriptionId: string): Promise<string> {
  const sub = await stripe.subscriptions.retrieve(subscriptionId);
  const item = sub.items.data[0];
  if (!item) throw new AppError("CONFLICT", "This subscription has no plan to switch.");
  return item.id;
}

