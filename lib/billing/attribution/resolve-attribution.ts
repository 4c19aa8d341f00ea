import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articles, giftLinks } from "@/db/schema";
import { verifyGiftToken } from "@/lib/access/gift/gift-token";
import { isPublishedRow } from "@/lib/articles/published";
import type { CheckoutAttribution } from "../start-checkout";

/**
 * The article a reader came from (`from`: its slug) and the gift link that brought them
 * (`gift`: its token, verified with the site secret and for that article only, so a made-up
 * id counts for nothing), for attribution; null when `from` names no published article.
 */
export async function resolveAttribution(db: Database, options: { from: unknown; gift: unknown; secret: string | null | undefined; now: Date }): Promise<CheckoutAttribution | null> {
  if (typeof options.from !== "string" || options.from.length === 0 || options.from.length > 200) return null;
  const [article] = await db.select({ id: articles.id, status: articles.status, publishedAt: articles.publishedAt }).from(articles).where(eq(articles.slug, options.from)).limit(1);
  if (!article || !isPublishedRow(article, options.now)) return null;
  return { articleId: article.id, giftLinkId: await verifiedGiftLinkId(db, options.gift, article.id, options.secret) };
}

async function verifiedGiftLinkId(db: Database, token: unknown, articleId: number, secret: string | null | undefined): Promise<number | null> {
  if (typeof token !== "string" || !secret) return null;
  const id = Number(token.split(".")[0]);
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const [link] = await db
    .select({ id: giftLinks.id, articleId: giftLinks.articleId, giverId: giftLinks.giverId, expiresAt: giftLinks.expiresAt })
    .from(giftLinks)
    .where(and(eq(giftLinks.id, id), eq(giftLinks.articleId, articleId), isNull(giftLinks.revokedAt)))
    .limit(1);
  return link && verifyGiftToken(token, link, secret) ? link.id : null;
}
