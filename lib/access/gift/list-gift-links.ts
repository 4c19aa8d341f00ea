import { and, desc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articles, giftLinks } from "@/db/schema";
import { signGiftToken } from "./gift-token";

export interface ListedGiftLink {
  id: number;
  title: string;
  path: string;
  opens: number;
  maxOpens: number | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
}

/**
 * Gift links, newest first (at most 100): a member's own, for the account page, or an
 * article's publisher links, for its admin page.
 */
export async function listGiftLinks(db: Database, filter: { giverId: string } | { publisherLinksOf: number }, secret: string): Promise<ListedGiftLink[]> {
  const rows = await db
    .select({
      id: giftLinks.id,
      articleId: giftLinks.articleId,
      giverId: giftLinks.giverId,
      slug: articles.slug,
      title: articles.title,
      opens: giftLinks.opens,
      maxOpens: giftLinks.maxOpens,
      expiresAt: giftLinks.expiresAt,
      revokedAt: giftLinks.revokedAt,
      createdAt: giftLinks.createdAt,
    })
    .from(giftLinks)
    .innerJoin(articles, eq(giftLinks.articleId, articles.id))
    .where("giverId" in filter ? eq(giftLinks.giverId, filter.giverId) : and(eq(giftLinks.articleId, filter.publisherLinksOf), eq(giftLinks.kind, "publisher")))
    .orderBy(desc(giftLinks.createdAt), desc(giftLinks.id))
    .limit(100);
  return rows.map(({ articleId, giverId, slug, ...r }) => ({
    ...r,
    path: `/articles/${slug}?gift=${signGiftToken({ id: r.id, articleId, giverId, expiresAt: r.expiresAt }, secret)}`,
  }));
}
