import { and, desc, eq, exists, ilike, or } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articleAuthors, articles, authors } from "@/db/schema";
import { can, type StaffViewer } from "@/lib/admin/permissions";
import { isPublishedSql } from "@/lib/articles/published";

/**
 * Title search for the read-also picker. Editors see drafts and scheduled pieces too (they
 * may link ahead); an author sees what is published and their own pieces, never the titles
 * of colleagues' unpublished work.
 */
export async function searchArticles(db: Database, viewer: StaffViewer, q: string, now: Date): Promise<{ id: number; title: string; slug: string }[]> {
  const term = q.trim();
  if (term.length < 2) return [];
  const matches = ilike(articles.title, `%${term.replace(/[%_\\]/g, "\\$&")}%`);
  const ownPiece = exists(
    db
      .select({ one: articleAuthors.articleId })
      .from(articleAuthors)
      .innerJoin(authors, eq(authors.id, articleAuthors.authorId))
      .where(and(eq(articleAuthors.articleId, articles.id), eq(authors.userId, viewer.id))),
  );
  const visible = can(viewer.role, "editAnyArticle") ? matches : and(matches, or(isPublishedSql(now), ownPiece));
  return db.select({ id: articles.id, title: articles.title, slug: articles.slug }).from(articles).where(visible).orderBy(desc(articles.publishedAt)).limit(10);
}
