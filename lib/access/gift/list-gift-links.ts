import { desc, eq } from "drizzle-orm";
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

/** A member's gift links, newest first, for the account page (at most 100). */
export async function listGiftLinks(db: Database, giverId: string, secret: string): Promise<ListedGiftLink[]> {
  const rows = await db
    .select({
      id: giftLinks.id,
      articleId: giftLinks.articleId,
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
    .where(eq(giftLinks.giverId, giverId))
    .orderBy(desc(giftLinks.createdAt), desc(giftLinks.id))
    .limit(100);
  return rows.map(({ articleId, slug, ...r }) => ({
    ...r,
    path: `/articles/${slug}?gift=${signGiftToken({ id: r.id, articleId, giverId, expiresAt: r.expiresAt }, secret)}`,
  }));
}
