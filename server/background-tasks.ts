import { getDb } from "@/db/client";
import { logBillingWarningsOnce } from "@/lib/billing/billing-start-up-warnings";
import { sweepEntitlementExpiries } from "@/lib/billing/sweep-entitlement-expiries";

/** How often ends of access that no request observed are written to the history. */
const SWEEP_EVERY_MS = 5 * 60_000;
/** The first sweep after a start looks this far back (writing an expiry is idempotent). */
const FIRST_SWEEP_LOOKBACK_MS = 7 * 24 * 3600_000;

/**
 * What the server does besides answering requests: billing warnings once at start, and the
 * periodic sweep of ends of access (cancel at period end, grace, complimentary, capabilities).
 * Failures are logged, never fatal: the next round tries again.
 */
export function startBackgroundTasks(): () => void {
  void getDb()
    .then((db) => logBillingWarningsOnce(db))
    .catch((e: unknown) => console.error("[lede] billing warnings could not be read:", e));
  let since = new Date(Date.now() - FIRST_SWEEP_LOOKBACK_MS);
  const sweep = async () => {
    const now = new Date();
    try {
      await sweepEntitlementExpiries(await getDb(), { since, now });
      since = now;
    } catch (e) {
      console.error("[lede] expiry sweep failed (tried again later):", e);
    }
  };
  const first = setTimeout(() => void sweep(), 10_000);
  const timer = setInterval(() => void sweep(), SWEEP_EVERY_MS);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
