import type { WebhookEventType } from "./webhook-event-types";

export interface SubscriptionState {
  status: string;
  cancelAtPeriodEnd: boolean;
  cancelAt: Date | string | null;
}

const STARTED = new Set(["active", "trialing", "past_due", "unpaid", "paused"]);
const ENDED = new Set(["canceled", "incomplete_expired"]);

const isCancelling = (s: SubscriptionState) => s.cancelAtPeriodEnd || s.cancelAt !== null || ENDED.has(s.status);

/**
 * The subscription events a stored state change means (`before` undefined: first seen).
 * started: it became live (paid, trialing…) from nothing or an incomplete checkout;
 * cancelled: an end was decided (at period end, at a date, or now);
 * ended: it is over. A first-seen subscription that is already over was never ours to announce.
 */
export function subscriptionTransitions(before: SubscriptionState | undefined, after: SubscriptionState): WebhookEventType[] {
  const events: WebhookEventType[] = [];
  const wasLive = before !== undefined && (STARTED.has(before.status) || ENDED.has(before.status));
  if (!wasLive && STARTED.has(after.status)) events.push("subscription.started");
  if (before === undefined && ENDED.has(after.status)) return events;
  if (isCancelling(after) && !(before && isCancelling(before))) events.push("subscription.cancelled");
  if (ENDED.has(after.status) && !(before && ENDED.has(before.status))) events.push("subscription.ended");
  return events;
}
