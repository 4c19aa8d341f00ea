import { lt, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { emailSchema } from "@/lib/auth/credentials-schema";
import { AppError } from "@/lib/errors";

export interface RateRule {
  /** e.g. "password:email:someone@example.org" */
  key: string;
  limit: number;
  windowSeconds: number;
}

/** Rows whose window started this long ago are over for every rule (windows are ≤ 1 day). */
const KEEP_MS = 24 * 60 * 60_000;

/**
 * Counts one attempt against each rule (fixed windows, stored in the database so every
 * instance shares them) and throws RATE_LIMITED when any rule is over its limit.
 * Whenever a rule opens a new window, ended windows are swept away, so the table holds
 * about one window's worth of keys however many addresses and IPs an attacker makes up.
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
    if (row?.count === 1 && Math.random() < SWEEP_CHANCE) await purgeRateLimits(db, now);
    if ((row?.count ?? 0) > rule.limit) {
      const minutes = Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 60_000);
      throw new AppError("RATE_LIMITED", `Too many attempts. Please wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`, {}, { key: "rateLimited", values: { minutes } });
    }
  }
}

// A sweep on one new window in 16 keeps the cost of a sweep (a scan of the table) rare.
const SWEEP_CHANCE = 1 / 16;

/** Deletes the counters of windows that ended long ago; returns how many went. */
export async function purgeRateLimits(db: Database, now: Date): Promise<number> {
  const gone = await db.delete(rateLimits).where(lt(rateLimits.windowStart, new Date(now.getTime() - KEEP_MS))).returning({ key: rateLimits.key });
  return gone.length;
}

/**
 * The address part of a rate-limit key: the address as the sign-in schema reads it
 * (trimmed, lower-cased), so " Ann@Example.org" counts against "ann@example.org" instead
 * of opening a fresh counter. Input the schema refuses is refused by the route anyway.
 */
export function rateLimitAddress(raw: unknown): string {
  const parsed = emailSchema.safeParse(raw);
  return parsed.success ? parsed.data : String(raw ?? "").trim().toLowerCase();
}

/** The rules for each kind of sign-in attempt, per e-mail address and per IP address. */
export function signInRules(kind: "password" | "email-link" | "code" | "signup", email: unknown, ip: string): [perAddress: RateRule, perIp: RateRule] {
  const perEmail = { password: 10, "email-link": 5, code: 8, signup: 5 }[kind];
  const perIp = { password: 30, "email-link": 20, code: 30, signup: 10 }[kind];
  return [
    { key: `${kind}:email:${rateLimitAddress(email)}`, limit: perEmail, windowSeconds: 15 * 60 },
    { key: `${kind}:ip:${ip}`, limit: perIp, windowSeconds: 15 * 60 },
  ];
}

/** Sign-ins through an OAuth provider send no e-mail and guess nothing: a per-IP ceiling only. */
export function oauthRules(ip: string): RateRule[] {
  return [{ key: `oauth:ip:${ip}`, limit: 30, windowSeconds: 15 * 60 }];
}
