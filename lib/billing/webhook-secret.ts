import { createHash } from "node:crypto";
import { env } from "@/lib/env";

/**
 * The secret webhook signatures are checked against: STRIPE_WEBHOOK_SECRET, or in test
 * mode without one, a secret derived from AUTH_SECRET that only this server knows.
 */
export function webhookSecret(): string | null {
  const { STRIPE_WEBHOOK_SECRET, STRIPE_SECRET_KEY, AUTH_SECRET } = env();
  if (STRIPE_WEBHOOK_SECRET) return STRIPE_WEBHOOK_SECRET;
  if (STRIPE_SECRET_KEY) return null;
  const seed = AUTH_SECRET ?? "lede-test-mode";
  return `whsec_local_${createHash("sha256").update(`lede-test-mode:${seed}`).digest("hex").slice(0, 32)}`;
}
