import { createHash } from "node:crypto";

const WINDOW_MS = 10 * 60_000;

/**
 * A Stripe idempotency key for one create: the same parts within the same ten-minute
 * window give the same key, so a double click or a retry gets Stripe's first answer
 * instead of a second customer or session. Stripe keeps keys for 24 hours.
 */
export function idempotencyKey(kind: string, parts: readonly (string | number)[], now: Date): string {
  const window = Math.floor(now.getTime() / WINDOW_MS);
  return `lede-${kind}-${createHash("sha256").update(JSON.stringify([...parts, window])).digest("base64url").slice(0, 32)}`;
}
