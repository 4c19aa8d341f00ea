import type { MemberSubscription } from "./list-member-subscriptions";

export interface SubscriptionView {
  label: string;
  nextBilling: Date | null;
  canCancel: boolean;
  canResume: boolean;
  canEndPeriod: boolean;
  canRenew: boolean;
}

const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Brussels" });

/** What the account page says about a subscription and which test controls apply to it. */
export function describeSubscription(sub: MemberSubscription): SubscriptionView {
  const until = sub.accessUntil ? day.format(sub.accessUntil) : null;
  const live = sub.status === "active" || sub.status === "trialing";
  let label: string;
  if (sub.revokedReason) label = `Access withdrawn after a ${sub.revokedReason}`;
  else if (!sub.isGranting) label = "Ended";
  else if (sub.status === "past_due") label = `Payment failed — access kept until ${until}`;
  else if (sub.cancelAtPeriodEnd) label = `Cancelled — access until ${until}`;
  else if (sub.status === "trialing") label = `Free trial until ${sub.trialEnd ? day.format(sub.trialEnd) : "the period end"}`;
  else label = "Active";
  return {
    label,
    nextBilling: live && !sub.cancelAtPeriodEnd ? sub.currentPeriodEnd : null,
    canCancel: live && !sub.cancelAtPeriodEnd,
    canResume: live && sub.cancelAtPeriodEnd && sub.isGranting,
    canEndPeriod: live && sub.cancelAtPeriodEnd,
    canRenew: sub.isGranting && !sub.cancelAtPeriodEnd,
  };
}
