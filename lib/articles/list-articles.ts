import { and, count, desc, eq, exists, inArray, notInArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articleAuthors, articleCategories, articles, articleTags } from "@/db/schema";
import { cardColumns, toCards, type ArticleCard } from "./article-card";
import { isPublishedSql } from "./published";

export interface ArticleFilter {
  categoryIds?: number[];
  authorId?: number;
  tagId?: number;
  excludeIds?: number[];
}

function filterSql(db: Database, filter: ArticleFilter, now: Date) {
  const conditions = [isPublishedSql(now)];
  if (filter.categoryIds) {
    conditions.push(
      exists(
        db
          .select({ one: articleCategories.articleId })
          .from(articleCategories)
          .where(and(eq(articleCategories.articleId, articles.id), inArray(articleCategories.categoryId, filter.categoryIds))),
      ),
    );
  }
  if (filter.authorId !== undefined) {
    conditions.push(
      exists(
        db
          .select({ one: articleAuthors.articleId })
          .from(articleAuthors)
          .where(and(eq(articleAuthors.articleId, articles.id), eq(articleAuthors.authorId, filter.authorId))),
      ),
    );
  }
  if (filter.tagId !== undefined) {
    conditions.push(
      exists(
        db
          .select({ one: articleTags.articleId })
          .from(articleTags)
          .where(and(eq(articleTags.articleId, articles.id), eq(articleTags.tagId, filter.tagId))),
      ),
    );
  }
  if (filter.excludeIds?.length) conditions.push(notInArray(articles.id, filter.excludeIds));
  return and(...conditions);
}

/**
 * Published articles, newest first: one page of cards. No count comes with them: the front
 * page and the feeds need none, and counting a listing reads every piece it holds (all of
 * them for the whole site), so only a paginated listing asks for it (countArticles).
 */
export async function listArticles(db: Database, options: { filter?: ArticleFilter; limit: number; offset: number; now: Date }): Promise<ArticleCard[]> {
  const rows = await db
    .select(cardColumns)
    .from(articles)
    .where(filterSql(db, options.filter ?? {}, options.now))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(options.limit)
    .offset(options.offset);
  return toCards(db, rows);
}

/** How many published articles a listing holds, for its page count. */
export async function countArticles(db: Database, options: { filter?: ArticleFilter; now: Date }): Promise<number> {
  const [row] = await db.select({ n: count() }).from(articles).where(filterSql(db, options.filter ?? {}, options.now));
  return row?.n ?? 0;
}
