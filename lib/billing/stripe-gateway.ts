import Stripe from "stripe";
import type { BillingGateway } from "./billing-gateway";
import { stripeClient } from "./stripe-client";

/** The gateway to Stripe itself, through the official SDK. */
export function stripeGateway(stripe: Stripe = stripeClient()): BillingGateway {
  return {
    mode: "stripe",
    async createCustomer({ email, name, userId }) {
      const customer = await stripe.customers.create({ email, name: name ?? undefined, metadata: { userId } });
      return customer.id;
    },
    async createCheckoutSession(input) {
      const session = await stripe.checkout.sessions.create({
        mode: "subscription",
        customer: input.customerId,
        client_reference_id: input.userId,
        line_items: [{ price: input.priceId, quantity: 1 }],
        allow_promotion_codes: true,
        success_url: input.successUrl,
        cancel_url: input.cancelUrl,
        metadata: { userId: input.userId, planId: String(input.planId) },
        subscription_data: {
          metadata: { userId: input.userId, planId: String(input.planId) },
          ...(input.trialDays > 0 ? { trial_period_days: input.trialDays } : {}),
        },
      });
      if (!session.url) throw new Error("Stripe returned a checkout session without a URL");
      return { id: session.id, url: session.url };
    },
    async createPortalSession({ customerId, returnUrl }) {
      const session = await stripe.billingPortal.sessions.create({ customer: customerId, return_url: returnUrl });
      return session.url;
    },
    async retrieveSubscription(id) {
      try {
        return await stripe.subscriptions.retrieve(id);
      } catch (e) {
        if (e instanceof Stripe.errors.StripeInvalidRequestError && e.statusCode === 404) return null;
        throw e;
      }
    },
    async listInvoices(customerId) {
      const list = await stripe.invoices.list({ customer: customerId, limit: 24 });
      return list.data.map((i) => ({
        id: i.id ?? "",
        status: i.status ?? "draft",
        amountDue: i.amount_due,
        amountPaid: i.amount_paid,
        currency: i.currency,
        hostedInvoiceUrl: i.hosted_invoice_url ?? null,
        created: new Date(i.created * 1000),
      }));
    },
    async retrieveChargeCustomer(chargeId) {
      const charge = await stripe.charges.retrieve(chargeId);
      if (!charge.customer) return null;
      return typeof charge.customer === "string" ? charge.customer : charge.customer.id;
    },
    async createPrice({ name, description, amount, currency, interval }) {
      const product = await stripe.products.create({ name, description: description || undefined });
      const price = await stripe.prices.create({ product: product.id, unit_amount: amount, currency, recurring: { interval } });
      return { productId: product.id, priceId: price.id };
    },
  };
}
