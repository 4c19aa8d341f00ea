import type { StoredGiftLink } from "@/lib/articles/load-article-access";
import type { GiftLink } from "../types";
import { verifyGiftToken } from "./gift-token";

/**
 * The gift link a request presents, for decideAccess, from the stored row (read with the
 * article's access, lib/articles/load-article-access): null when the token was not signed
 * for it (then the reader simply gets what they would without it).
 */
export function giftLinkOf(token: string, row: StoredGiftLink | null, articleId: number, secret: string): (GiftLink & { id: number }) | null {
  if (!row || !verifyGiftToken(token, row, secret)) return null;
  return {
    id: row.id,
    articleMatches: row.articleId === articleId,
    until: row.expiresAt,
    revoked: row.revoked,
    opens: row.opens,
    maxOpens: row.maxOpens,
    // A publisher link is the newsroom's gift, not the editor's.
    giverName: row.kind === "member" ? firstName(row.giverName) : null,
  };
}

function firstName(name: string | null): string | null {
  const first = name?.trim().split(/\s+/)[0];
  return first ? first : null;
}
