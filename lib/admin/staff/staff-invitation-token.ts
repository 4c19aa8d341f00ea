import { createHash, randomBytes } from "node:crypto";

/** How long an invitation's link works. */
export const INVITATION_DAYS = 7;

/** A new invitation token (32 random bytes): only its hash is stored, so a read of the table cannot accept. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

/** The token's shape (43 base64url characters): anything else is no invitation, without a query. */
export function isInvitationTokenShape(token: unknown): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}
