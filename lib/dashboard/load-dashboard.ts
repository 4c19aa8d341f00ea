import type { Database } from "@/db/client";
import { loadMemberSeries, type MemberMonth } from "./load-member-series";
import { loadPaywallConversions, type PaywallConversions } from "./load-paywall-conversions";
import { loadPayingSeries, type RevenueMonth } from "./load-paying-series";
import { loadSubscriptionSeries, type SubscriptionMonth } from "./load-subscription-series";
import { loadTrialConversion, type TrialMonth } from "./load-trial-conversion";

export interface Dashboard {
  now: Date;
  members: MemberMonth[];
  revenue: RevenueMonth[];
  subscriptions: SubscriptionMonth[];
  trials: TrialMonth[];
  paywalls: PaywallConversions[];
  headline: Headline;
}

export interface Headline {
  paying: number;
  /** Paying members at the end of last month. */
  payingBefore: number;
  /** MRR now and at the end of last month, per currency (minor units). */
  mrr: { currency: string; now: number; before: number }[];
  /** Trials ended over the dashboard's months, and how many became paid. */
  trialsEnded: number;
  trialsConverted: number;
}

/** Every figure of the dashboard, read in parallel from Lede's own records. */
export async function loadDashboard(db: Database, now: Date): Promise<Dashboard> {
  const paying = loadPayingSeries(db, now);
  const [members, { revenue }, subscriptions, trials, paywalls] = await Promise.all([
    paying.then((p) => loadMemberSeries(db, now, p.members)),
    paying,
    loadSubscriptionSeries(db, now),
    loadTrialConversion(db, now),
    loadPaywallConversions(db, now),
  ]);
  return { now, members, revenue, subscriptions, trials, paywalls, headline: summarise(members, revenue, trials) };
}

function summarise(members: MemberMonth[], revenue: RevenueMonth[], trials: TrialMonth[]): Headline {
  const current = members.at(-1);
  const previous = members.at(-2);
  const thisMonth = current?.month;
  const lastMonth = previous?.month;
  const currencies = [...new Set(revenue.map((r) => r.currency))].sort();
  const mrrOf = (month: string | undefined, currency: string) => revenue.find((r) => r.month === month && r.currency === currency)?.mrr ?? 0;
  return {
    paying: current?.paying ?? 0,
    payingBefore: previous?.paying ?? 0,
    mrr: currencies.map((currency) => ({ currency, now: mrrOf(thisMonth, currency), before: mrrOf(lastMonth, currency) })),
    trialsEnded: trials.reduce((n, t) => n + t.ended, 0),
    trialsConverted: trials.reduce((n, t) => n + t.converted, 0),
  };
}
