/** The fields of a Stripe subscription Lede reads (Stripe.Subscription satisfies it). */
export interface StripeSubscriptionLike {
  id: string;
  customer: string | { id: string };
  status: string;
  cancel_at_period_end: boolean;
  cancel_at: number | null;
  canceled_at: number | null;
  ended_at: number | null;
  trial_end: number | null;
  created: number;
  metadata: Record<string, string> | null;
  items: {
    data: {
      current_period_start: number;
      current_period_end: number;
      price: { id: string; unit_amount: number | null; currency: string; recurring: { interval: string } | null };
    }[];
  };
}

export interface SubscriptionSnapshot {
  id: string;
  customerId: string;
  priceId: string | null;
  status: string;
  currentPeriodStart: Date | null;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
  cancelAt: Date | null;
  canceledAt: Date | null;
  endedAt: Date | null;
  trialEnd: Date | null;
  amount: number | null;
  currency: string | null;
  interval: string | null;
  stripeCreatedAt: Date;
  userIdHint: string | null;
}

const at = (seconds: number | null) => (seconds === null ? null : new Date(seconds * 1000));

/** Maps Stripe's shape to ours at the boundary (periods live on the items since 2025). */
export function reshapeSubscription(sub: StripeSubscriptionLike): SubscriptionSnapshot {
  const item = sub.items.data[0];
  return {
    id: sub.id,
    customerId: typeof sub.customer === "string" ? sub.customer : sub.customer.id,
    priceId: item?.price.id ?? null,
    status: sub.status,
    currentPeriodStart: at(item?.current_period_start ?? null),
    currentPeriodEnd: at(item?.current_period_end ?? null),
    cancelAtPeriodEnd: sub.cancel_at_period_end,
    cancelAt: at(sub.cancel_at),
    canceledAt: at(sub.canceled_at),
    endedAt: at(sub.ended_at),
    trialEnd: at(sub.trial_end),
    amount: item?.price.unit_amount ?? null,
    currency: item?.price.currency ?? null,
    interval: item?.price.recurring?.interval ?? null,
    stripeCreatedAt: new Date(sub.created * 1000),
    userIdHint: sub.metadata?.userId ?? null,
  };
}
