import type { Database } from "@/db/client";
import { isAppError } from "@/lib/errors";
import { consumeRateLimit, signInRules } from "@/lib/rate-limit/consume-rate-limit";
import { dropSignInCodes } from "./store-sign-in-code";

/**
 * Counts one try of a sign-in code (a typed code or a link's button) for an address,
 * already normalised by the e-mail schema. Past the per-address limit the address'
 * outstanding code is dropped as well as refused: whoever was guessing cannot go on
 * once the window ends, and the owner asks for a new code. With at most one code per
 * address, 8 tries per 15 minutes against ≈ 6.5e11 values is the whole budget.
 */
export async function consumeCodeAttempt(db: Database, options: { email: string; ip: string; now: Date }): Promise<void> {
  const [perAddress, perIp] = signInRules("code", options.email, options.ip);
  try {
    await consumeRateLimit(db, [perAddress], options.now);
  } catch (e) {
    if (isAppError(e) && e.code === "RATE_LIMITED") await dropSignInCodes(db, options.email);
    throw e;
  }
  await consumeRateLimit(db, [perIp], options.now);
}
