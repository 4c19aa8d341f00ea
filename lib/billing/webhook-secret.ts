import { createHash } from "node:crypto";

/**
 * The secret webhook signatures are checked against: STRIPE_WEBHOOK_SECRET, or in test
 * mode without one, a secret derived from AUTH_SECRET that only this server knows.
 */
export function webhookSecret(): string | null {
  if (process.env.STRIPE_WEBHOOK_SECRET) return process.env.STRIPE_WEBHOOK_SECRET;
  if (process.env.STRIPE_SECRET_KEY) return null;
  const seed = process.env.AUTH_SECRET ?? "lede-test-mode";
  return `whsec_local_${createHash("sha256").update(`lede-test-mode:${seed}`).digest("hex").slice(0, 32)}`;
}
