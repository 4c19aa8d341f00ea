import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The signed part of an unsubscribe link: HMAC-SHA256 over the member and the newsletter,
 * keyed by a secret only the server knows (AUTH_SECRET). It never expires, as RFC 8058
 * links are used long after the message was sent; it can do nothing but unsubscribe.
 */
export function signUnsubscribe(options: { userId: string; newsletterId: number; secret: string }): string {
  return createHmac("sha256", options.secret).update(`newsletter-unsubscribe\u0000${options.userId}\u0000${options.newsletterId}`).digest("base64url");
}

/** Whether `token` is the signature of this member and newsletter (constant-time). */
export function isValidUnsubscribe(options: { userId: string; newsletterId: number; token: string; secret: string }): boolean {
  const expected = Buffer.from(signUnsubscribe(options));
  const given = Buffer.from(options.token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The link in a message (List-Unsubscribe and the footer): the same URL for the GET page and the one-click POST. */
export function unsubscribeUrl(options: { origin: string; userId: string; newsletterId: number; secret: string }): string {
  const query = new URLSearchParams({ u: options.userId, n: String(options.newsletterId), t: signUnsubscribe(options) });
  return new URL(`/newsletters/unsubscribe?${query}`, options.origin).toString();
}

/** The List-Unsubscribe target: the one-click POST endpoint (RFC 8058); a GET there leads to the page. */
export function oneClickUnsubscribeUrl(options: { origin: string; userId: string; newsletterId: number; secret: string }): string {
  const query = new URLSearchParams({ u: options.userId, n: String(options.newsletterId), t: signUnsubscribe(options) });
  return new URL(`/api/newsletters/unsubscribe?${query}`, options.origin).toString();
}
