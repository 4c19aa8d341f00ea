import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { giftLinks, users } from "@/db/schema";
import type { GiftLink } from "../types";
import { giftTokenId, verifyGiftToken } from "./gift-token";

/**
 * The gift link a request presents, for decideAccess: null when the token is malformed, names
 * no link, or was not signed for it (then the reader simply gets what they would without it).
 * One query (beside the article's, at the same time).
 */
export async function loadGiftLink(db: Database, token: string, secret: string): Promise<{ id: number; articleId: number; link: Omit<GiftLink, "articleMatches"> } | null> {
  const id = giftTokenId(token);
  if (id === null) return null;
  const [row] = await db
    .select({
      id: giftLinks.id,
      articleId: giftLinks.articleId,
      giverId: giftLinks.giverId,
      kind: giftLinks.kind,
      expiresAt: giftLinks.expiresAt,
      maxOpens: giftLinks.maxOpens,
      opens: giftLinks.opens,
      revokedAt: giftLinks.revokedAt,
      giverName: sql<string | null>`${users.name}`,
    })
    .from(giftLinks)
    .innerJoin(users, eq(giftLinks.giverId, users.id))
    .where(eq(giftLinks.id, id))
    .limit(1);
  if (!row || !verifyGiftToken(token, row, secret)) return null;
  return {
    id: row.id,
    articleId: row.articleId,
    link: {
      until: row.expiresAt,
      revoked: row.revokedAt !== null,
      opens: row.opens,
      maxOpens: row.maxOpens,
      // A publisher link is the newsroom's gift, not the editor's.
      giverName: row.kind === "member" ? firstName(row.giverName) : null,
    },
  };
}

function firstName(name: string | null): string | null {
  const first = name?.trim().split(/\s+/)[0];
  return first ? first : null;
}
