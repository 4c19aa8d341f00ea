import { createHash, randomBytes } from "node:crypto";

/** A seat invitation's token: 32 random bytes in the link; only its hash is stored. */
export function newSeatToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashSeatToken(token) };
}

export const hashSeatToken = (token: string) => createHash("sha256").update(token).digest("base64url");

/** A token as sent in a link: 43 base64url characters; anything else is no token. */
export const isWellFormedSeatToken = (token: unknown): token is string => typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
