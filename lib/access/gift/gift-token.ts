import { createHmac, timingSafeEqual } from "node:crypto";

/*
 * A gift link's token: the stored link's id and a signature over what it names (article,
 * giver, expiry), with the site secret. Guessing ids gets nowhere, and a token copied onto
 * another article does not name that article (decideAccess refuses it).
 */
export interface SignedGift {
  id: number;
  articleId: number;
  giverId: string;
  expiresAt: Date | null;
}

/** The token's own shape: what the route table and the loader accept before any lookup. */
export const GIFT_TOKEN_PATTERN = /^([1-9][0-9]{0,9})\.([A-Za-z0-9_-]{22})$/;

function signature(gift: SignedGift, secret: string): Buffer {
  const message = `gift.${gift.id}.${gift.articleId}.${gift.giverId}.${gift.expiresAt?.toISOString() ?? "never"}`;
  return createHmac("sha256", secret).update(message).digest().subarray(0, 16);
}

export function signGiftToken(gift: SignedGift, secret: string): string {
  return `${gift.id}.${signature(gift, secret).toString("base64url")}`;
}

/** The link id a token names, or null when it is not a token at all. */
export function giftTokenId(token: string): number | null {
  const match = GIFT_TOKEN_PATTERN.exec(token);
  return match ? Number(match[1]) : null;
}

/** Whether the token was signed for this stored link. */
export function verifyGiftToken(token: string, gift: SignedGift, secret: string): boolean {
  const match = GIFT_TOKEN_PATTERN.exec(token);
  if (!match || Number(match[1]) !== gift.id) return false;
  const given = Buffer.from(match[2]!, "base64url");
  const expected = signature(gift, secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
