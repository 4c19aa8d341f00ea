import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** The header that carries the signature: `t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export const SIGNATURE_HEADER = "Lede-Signature";

/** A new endpoint secret (shown to admins; the receiver keeps it to verify). */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

function hmac(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

/** The `Lede-Signature` value for `body` sent at `timestamp` (unix seconds). */
export function signWebhook(options: { secret: string; body: string; timestamp: number }): string {
  return `t=${options.timestamp},v1=${hmac(options.secret, options.timestamp, options.body)}`;
}

/**
 * What a receiver does (the README shows the same steps): recompute the HMAC over
 * `${t}.${rawBody}`, compare in constant time, and refuse a timestamp older or newer than
 * the tolerance so a captured request cannot be replayed later.
 */
export function verifyWebhookSignature(options: { header: string | null; body: string; secret: string; now?: Date; toleranceSeconds?: number }): boolean {
  if (!options.header) return false;
  const parts = new Map<string, string[]>();
  for (const item of options.header.split(",")) {
    const [key, value] = item.trim().split("=", 2);
    if (key && value) parts.set(key, [...(parts.get(key) ?? []), value]);
  }
  const t = Number(parts.get("t")?.[0]);
  if (!Number.isInteger(t)) return false;
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - t) > (options.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(hmac(options.secret, t, options.body), "hex");
  return (parts.get("v1") ?? []).some((v) => {
    const given = Buffer.from(v, "hex");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
