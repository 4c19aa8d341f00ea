import { createHash, createHmac, randomBytes } from "node:crypto";

/*
 * A private feed's secret: an HMAC-SHA256 of a random nonce under AUTH_SECRET, base64url
 * (43 characters). The database keeps the nonce (so the account page can show the address
 * again) and the token's SHA-256 (for the lookup), never the token.
 */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function newPrivateFeedNonce(): string {
  return randomBytes(16).toString("base64url");
}

export function privateFeedToken(nonce: string, secret: string): string {
  return createHmac("sha256", secret).update(`private-feed:${nonce}`).digest("base64url");
}

export function hashPrivateFeedToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function isWellFormedPrivateFeedToken(token: string): boolean {
  return TOKEN.test(token);
}

/** The address of a private feed, relative to the public origin. */
export function privateFeedPath(token: string): string {
  return `/private-feeds/${token}`;
}
