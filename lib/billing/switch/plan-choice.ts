import type { MemberSubscription } from "../list-member-subscriptions";
import { isAddOnPlan } from "../offer/offer-plan";

/**
 * What choosing a plan means for a member, given what they hold:
 * - current: they hold it and it gives access now;
 * - switch: they renew a base plan, and this is another base plan: the one subscription
 *   changes price (prorated), never a second one billed beside it;
 * - new: a checkout (no renewing base plan, an add-on, or a base plan already set to end).
 */
export type PlanChoice = { kind: "current"; subscription: MemberSubscription } | { kind: "switch"; from: MemberSubscription } | { kind: "new" };

export function planChoice(held: readonly MemberSubscription[], plan: { id: number; level: number; ccaps: readonly string[] }): PlanChoice {
  const current = held.find((s) => s.planId === plan.id && s.isGranting);
  if (current) return { kind: "current", subscription: current };
  if (isAddOnPlan(plan)) return { kind: "new" };
  const base = held.find((s) => s.isGranting && !s.cancelAtPeriodEnd && s.level !== null && !isAddOnPlan({ level: s.level, ccaps: s.ccaps }));
  return base ? { kind: "switch", from: base } : { kind: "new" };
}
