import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { MemberSubscription } from "./list-member-subscriptions";

export interface SubscriptionView {
  label: string;
  nextBilling: Date | null;
  canCancel: boolean;
  canResume: boolean;
  canEndPeriod: boolean;
  canRenew: boolean;
}

/** What the account page says about a subscription (in `locale`) and which test controls apply to it. */
export function describeSubscription(sub: MemberSubscription, locale: Locale): SubscriptionView {
  const t = translator(locale, "account");
  const until = sub.accessUntil ? formatDate(sub.accessUntil, locale) : "";
  const live = sub.status === "active" || sub.status === "trialing";
  let label: string;
  if (sub.revokedReason) label = t("billing.state.withdrawn", { reason: sub.revokedReason });
  else if (!sub.isGranting) label = t("billing.state.ended");
  else if (sub.status === "past_due") label = t("billing.state.pastDue", { date: until });
  else if (sub.cancelAtPeriodEnd) label = t("billing.state.cancelled", { date: until });
  else if (sub.status === "trialing") label = sub.trialEnd ? t("billing.state.trial", { date: formatDate(sub.trialEnd, locale) }) : t("billing.state.trialToPeriodEnd");
  else label = t("billing.state.active");
  return {
    label,
    nextBilling: live && !sub.cancelAtPeriodEnd ? sub.currentPeriodEnd : null,
    canCancel: live && !sub.cancelAtPeriodEnd,
    canResume: live && sub.cancelAtPeriodEnd && sub.isGranting,
    canEndPeriod: live && sub.cancelAtPeriodEnd,
    canRenew: sub.isGranting && !sub.cancelAtPeriodEnd,
  };
}
