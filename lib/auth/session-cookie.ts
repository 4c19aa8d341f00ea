import { env } from "@/lib/env";
import { SESSION_COOKIE_PLAIN, SESSION_COOKIE_SECURE } from "./session-cookie-names";

/**
 * The session cookie, shared by Auth.js (email and OAuth sign-ins), our password sign-in
 * and the routing rule that sends requests carrying it to the per-viewer article route.
 */
export function usesSecureCookies(): boolean {
  return env().isHttps;
}


export function sessionCookieName(): string {
  return usesSecureCookies() ? SESSION_COOKIE_SECURE : SESSION_COOKIE_PLAIN;
}

/**
 * Whether a session cookie's value can be a token at all (ours are 43 base64url
 * characters, Auth.js' a UUID): anything else, a NUL or other control character
 * included, is refused before it reaches a query (PostgreSQL answers a NUL with an error).
 */
export function isWellFormedSessionToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{16,128}$/.test(value);
}

/** 30 days, renewed by sign-in; editors and members can revoke sooner. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/**
 * The cookie's flags, the same for Auth.js' sign-ins and ours: never readable by scripts,
 * not sent on cross-site subrequests or POSTs (Lax), and Secure behind an https origin.
 */
export function sessionCookieFlags() {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure: usesSecureCookies() };
}

export function sessionCookieOptions(expires: Date) {
  return { ...sessionCookieFlags(), expires };
}
