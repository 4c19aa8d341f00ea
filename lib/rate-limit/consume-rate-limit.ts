import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { AppError } from "@/lib/errors";

export interface RateRule {
  /** e.g. "password:email:someone@example.org" */
  key: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Counts one attempt against each rule (fixed windows, stored in the database so every
 * instance shares them) and throws RATE_LIMITED when any rule is over its limit.
 */
export async function consumeRateLimit(db: Database, rules: RateRule[], now: Date): Promise<void> {
  for (const rule of rules) {
    const windowMs = rule.windowSeconds * 1000;
    const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
    const [row] = await db
      .insert(rateLimits)
      .values({ key: rule.key, windowStart, count: 1 })
      .onConflictDoUpdate({ target: [rateLimits.key, rateLimits.windowStart], set: { count: sql`${rateLimits.count} + 1` } })
      .returning({ count: rateLimits.count });
    if ((row?.count ?? 0) > rule.limit) {
      const minutes = Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 60_000);
      throw new AppError("RATE_LIMITED", `Too many attempts. Please wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`);
    }
  }
}

/** The rules for each kind of sign-in attempt, per e-mail address and per IP address. */
export function signInRules(kind: "password" | "email-link" | "code" | "signup", email: string, ip: string): RateRule[] {
  const perEmail = { password: 10, "email-link": 5, code: 8, signup: 5 }[kind];
  const perIp = { password: 30, "email-link": 20, code: 30, signup: 10 }[kind];
  return [
    { key: `${kind}:email:${email.toLowerCase()}`, limit: perEmail, windowSeconds: 15 * 60 },
    { key: `${kind}:ip:${ip}`, limit: perIp, windowSeconds: 15 * 60 },
  ];
}
