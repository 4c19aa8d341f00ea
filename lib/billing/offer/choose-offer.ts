import { decideAccess } from "@/lib/access/decide-access";
import type { Requirement, Viewer } from "@/lib/access/types";
import { monthlyAmount, type OfferPlan } from "./offer-plan";

/**
 * The cheapest plan on offer that would let this viewer read a piece, or null when none
 * does. "Would let" is decideAccess' answer for the viewer holding the plan on top of what
 * they hold now (an anonymous reader as a new free account), so the offer never disagrees
 * with the paywall. Cheapest by monthly cost; ties go to the editors' order.
 */
export function chooseOffer(viewer: Viewer, requirement: Requirement, plans: readonly OfferPlan[], now: Date): OfferPlan | null {
  const grants = viewer.kind === "member" ? viewer.grants : [{ source: "account" as const, level: 0, ccaps: [], until: null }];
  const id = viewer.kind === "member" ? viewer.id : "prospective";
  const unlocking = plans.filter(
    (plan) =>
      decideAccess({ kind: "member", id, role: "reader", grants: [...grants, { source: "plan", level: plan.level, ccaps: plan.ccaps, until: null }] }, requirement, {
        now,
        isPublished: true,
        isOwnArticle: false,
      }).allowed,
  );
  unlocking.sort((a, b) => monthlyAmount(a) - monthlyAmount(b) || a.position - b.position || a.id - b.id);
  return unlocking[0] ?? null;
}
