import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

export { METER_COOKIE } from "./meter-cookie-name";

/*
 * An anonymous reader's free-article meter, kept by the reader in an HttpOnly cookie signed
 * with the site secret (HMAC-SHA256), so counting costs no query. A cookie that does not
 * verify or parse counts as a meter used up: forging one never opens more, and never errors.
 */
/** Long enough for a rolling 30 days or the rest of a month. */
export const METER_COOKIE_MAX_AGE_S = 35 * 24 * 60 * 60;
/** Enough for any sensible limit; the oldest unlocks are dropped first. */
const MAX_ENTRIES = 100;
const VERSION = "m1";

/** One article unlocked by the meter: its id and when (seconds since the epoch). */
export type MeterEntry = [articleId: number, at: number];

export type MeterCookie = { kind: "none" } | { kind: "valid"; entries: MeterEntry[] } | { kind: "tampered" };

const entriesSchema = z.array(z.tuple([z.number().int().positive(), z.number().int().nonnegative()])).max(MAX_ENTRIES);

function sign(payload: string, secret: string): Buffer {
  return createHmac("sha256", secret).update(`${VERSION}.${payload}`).digest();
}

/** The meter a cookie value holds; absent is a fresh meter, anything unverifiable is tampered. */
export function readMeterCookie(value: string | undefined, secret: string): MeterCookie {
  if (value === undefined || value === "") return { kind: "none" };
  const [version, payload, mac, ...rest] = value.split(".");
  if (version !== VERSION || !payload || !mac || rest.length > 0) return { kind: "tampered" };
  const given = Buffer.from(mac, "base64url");
  const expected = sign(payload, secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { kind: "tampered" };
  try {
    const parsed = entriesSchema.safeParse(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
    return parsed.success ? { kind: "valid", entries: parsed.data } : { kind: "tampered" };
  } catch {
    return { kind: "tampered" };
  }
}

/** A signed cookie value holding these entries (the newest MAX_ENTRIES). */
export function writeMeterCookie(entries: readonly MeterEntry[], secret: string): string {
  const payload = Buffer.from(JSON.stringify(entries.slice(-MAX_ENTRIES))).toString("base64url");
  return `${VERSION}.${payload}.${sign(payload, secret).toString("base64url")}`;
}
