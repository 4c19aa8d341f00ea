import type { Plan } from "@/db/schema";
import type { billingMode } from "./billing-mode";
import { isTestModeId } from "./is-test-mode-id";

/**
 * Why a plan cannot be bought on this server, or null when it can (for /subscribe and the
 * plans admin): payments off, no price, or a demo/test-mode price while real Stripe keys
 * are set (Stripe would answer "No such price").
 */
export function planUnavailableReason(plan: Pick<Plan, "stripePriceId">, mode: ReturnType<typeof billingMode>): string | null {
  if (mode === "off") return "Payments are not set up on this site.";
  if (!plan.stripePriceId) return "Not connected to a Stripe price.";
  if (mode === "stripe" && isTestModeId(plan.stripePriceId)) return "Test-mode price: save the plan to create its Stripe price.";
  return null;
}
