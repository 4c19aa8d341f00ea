import { addBillingInterval } from "../add-billing-interval";
import type { StripeSubscriptionLike } from "../reshape-subscription";
import { testId } from "./test-mode-store";

/*
 * Builders for the Stripe-shaped objects of the local test mode: only the fields Lede
 * reads, with Stripe's names, so they travel through the same webhook code.
 */
export const seconds = (d: Date) => Math.floor(d.getTime() / 1000);

/** One billing period after `start`, by Stripe's calendar rule (lib/billing/add-billing-interval). */
export function addInterval(start: Date, interval: "month" | "year"): Date {
  return new Date(addBillingInterval(seconds(start), interval) * 1000);
}

export interface TestPrice {
  id: string;
  amount: number;
  currency: string;
  interval: "month" | "year";
}

export function buildSubscription(options: { customerId: string; userId: string; price: TestPrice; trialDays: number; now: Date }): StripeSubscriptionLike {
  const { now, price } = options;
  const trialEnd = options.trialDays > 0 ? new Date(now.getTime() + options.trialDays * 86_400_000) : null;
  const periodEnd = trialEnd ?? addInterval(now, price.interval);
  return {
    id: testId("sub"),
    customer: options.customerId,
    status: trialEnd ? "trialing" : "active",
    cancel_at_period_end: false,
    cancel_at: null,
    canceled_at: null,
    ended_at: null,
    trial_end: trialEnd ? seconds(trialEnd) : null,
    created: seconds(now),
    metadata: { userId: options.userId },
    items: {
      data: [
        {
          current_period_start: seconds(now),
          current_period_end: seconds(periodEnd),
          price: { id: price.id, unit_amount: price.amount, currency: price.currency, recurring: { interval: price.interval } },
        },
      ],
    },
  };
}

export function buildInvoice(options: { sub: StripeSubscriptionLike; paid: boolean; now: Date }) {
  const item = options.sub.items.data[0]!;
  const amount = options.sub.status === "trialing" ? 0 : (item.price.unit_amount ?? 0);
  return {
    id: testId("in"),
    object: "invoice",
    customer: options.sub.customer,
    status: options.paid ? "paid" : "open",
    amount_due: amount,
    amount_paid: options.paid ? amount : 0,
    currency: item.price.currency,
    hosted_invoice_url: null,
    period_start: item.current_period_start,
    period_end: item.current_period_end,
    created: seconds(options.now),
    parent: { type: "subscription_details", subscription_details: { subscription: options.sub.id, metadata: null }, quote_details: null },
  };
}
