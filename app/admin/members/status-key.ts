/** Subscription statuses as Stripe names them (and "none": no subscription), the keys of `adminPeople.subscriptionStatus`. */
export const SUBSCRIPTION_STATUSES = ["active", "trialing", "past_due", "canceled", "unpaid", "incomplete", "incomplete_expired", "paused", "none"] as const;
export type SubscriptionStatusKey = (typeof SUBSCRIPTION_STATUSES)[number];

/** A stored status as a catalogue key, or null for one Stripe added since (then shown as stored). */
export function statusKey(status: string): SubscriptionStatusKey | null {
  return (SUBSCRIPTION_STATUSES as readonly string[]).includes(status) ? (status as SubscriptionStatusKey) : null;
}
