import { describe, expect, it } from "vitest";
import { subscriptionTransitions, type SubscriptionState } from "./subscription-transitions";

const s = (status: string, cancel: Partial<SubscriptionState> = {}): SubscriptionState => ({ status, cancelAtPeriodEnd: false, cancelAt: null, ...cancel });

describe("subscriptionTransitions", () => {
  const table: [string, SubscriptionState | undefined, SubscriptionState, string[]][] = [
    ["a new active subscription", undefined, s("active"), ["subscription.started"]],
    ["a new trial", undefined, s("trialing"), ["subscription.started"]],
    ["an incomplete checkout", undefined, s("incomplete"), []],
    ["an incomplete checkout paid", s("incomplete"), s("active"), ["subscription.started"]],
    ["a renewal", s("active"), s("active"), []],
    ["trial to paid", s("trialing"), s("active"), []],
    ["cancel at period end", s("active"), s("active", { cancelAtPeriodEnd: true }), ["subscription.cancelled"]],
    ["cancel at a date", s("active"), s("active", { cancelAt: "2027-01-01T00:00:00Z" }), ["subscription.cancelled"]],
    ["the same cancellation seen again", s("active", { cancelAtPeriodEnd: true }), s("active", { cancelAtPeriodEnd: true }), []],
    ["the scheduled end reached", s("active", { cancelAtPeriodEnd: true }), s("canceled", { cancelAtPeriodEnd: true }), ["subscription.ended"]],
    ["cancelled now", s("active"), s("canceled"), ["subscription.cancelled", "subscription.ended"]],
    ["ended unpaid", s("past_due"), s("canceled"), ["subscription.cancelled", "subscription.ended"]],
    ["an ended one seen again", s("canceled"), s("canceled"), []],
    ["first seen already over", undefined, s("canceled"), []],
    ["an expired incomplete checkout", s("incomplete"), s("incomplete_expired"), ["subscription.cancelled", "subscription.ended"]],
  ];
  for (const [name, before, after, events] of table) it(name, () => expect(subscriptionTransitions(before, after)).toEqual(events));
});
