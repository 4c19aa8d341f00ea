import type { Grant } from "@/lib/access/types";

/** The stored state of a subscription that decides what it grants. */
export interface SubscriptionState {
  status: string;
  currentPeriodStart: Date | null;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
  cancelAt: Date | null;
  revokedAt: Date | null;
}

export interface PlanGrant {
  level: number;
  ccaps: readonly string[];
}

const DAY_MS = 86_400_000;

/**
 * What one subscription grants, as a Grant whose `until` is computed from stored dates,
 * so a cancellation at period end or the end of the grace period takes effect at the
 * right moment without any job running:
 * - active / trialing: the plan, open-ended; until the period end (or cancel_at) when cancelling;
 * - past_due: the plan until the grace period after the unpaid period began;
 * - anything else (canceled, unpaid, incomplete, incomplete_expired, paused) or revoked: nothing.
 */
export function subscriptionGrant(sub: SubscriptionState, plan: PlanGrant, options: { graceDays: number }): Grant | null {
  if (sub.revokedAt) return null;
  const grant = (until: Date | null): Grant => ({ source: "plan", level: plan.level, ccaps: [...plan.ccaps], until });
  if (sub.status === "active" || sub.status === "trialing") {
    if (sub.cancelAt) return grant(sub.cancelAt);
    if (sub.cancelAtPeriodEnd) return grant(sub.currentPeriodEnd);
    return grant(null);
  }
  if (sub.status === "past_due") {
    const since = sub.currentPeriodStart ?? sub.currentPeriodEnd;
    if (!since) return null;
    return grant(new Date(since.getTime() + options.graceDays * DAY_MS));
  }
  return null;
}
