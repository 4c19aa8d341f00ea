const MINUTE = 60_000;
/** Retries stop once the next one would fall later than this after the first attempt. */
export const GIVE_UP_AFTER_MS = 24 * 60 * MINUTE;

/**
 * When to try again after `attempts` failed attempts (1 → 1 min, 2 → 2 min, 3 → 4 min …
 * doubling), or null to give up: the 11th retry would land ~34 h after the first attempt,
 * past the day an endpoint is given, so a delivery makes 11 attempts over ~17 h.
 */
export function nextRetryDelay(attempts: number): number | null {
  if (attempts < 1) return 0;
  const delay = MINUTE * 2 ** (attempts - 1);
  const elapsedAfter = MINUTE * (2 ** attempts - 1);
  return elapsedAfter > GIVE_UP_AFTER_MS ? null : delay;
}
