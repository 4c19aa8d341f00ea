/**
 * A plan as offers see it: what it grants and what it costs. `isAddOn` marks an add-on (see
 * isAddOnPlan): held beside the reader's base plan instead of replacing it.
 */
export interface OfferPlan {
  id: number;
  name: string;
  level: number;
  ccaps: readonly string[];
  amount: number;
  currency: string;
  interval: "month" | "year";
  trialDays: number;
  position: number;
}

/**
 * An add-on sells capabilities only: level 0 (which every account has, so it raises no
 * level) and at least one capability, such as a dossier. Every other plan is a base plan:
 * a member holds at most one renewing base subscription, and choosing another base plan
 * switches it (with proration) instead of adding a second one. Add-ons are held beside it.
 */
export function isAddOnPlan(plan: { level: number; ccaps: readonly string[] }): boolean {
  return plan.level === 0 && plan.ccaps.length > 0;
}

/** What a plan costs per month, to compare a yearly plan with a monthly one. */
export function monthlyAmount(plan: Pick<OfferPlan, "amount" | "interval">): number {
  return plan.interval === "year" ? plan.amount / 12 : plan.amount;
}
