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

export interface ArticlePage {
  cards: ArticleCard[];
  total: number;
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

/** Published articles, newest first, one page of them plus the total for pagination. */
export async function listArticles(
  db: Database,
  options: { filter?: ArticleFilter; limit: number; offset: number; now: Date },
): Promise<ArticlePage> {
  const where = filterSql(db, options.filter ?? {}, options.now);
  const [rows, totals] = await Promise.all([
    db
      .select(cardColumns)
      .from(articles)
      .where(where)
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(options.limit)
      .offset(options.offset),
    db.select({ n: count() }).from(articles).where(where),
  ]);
  return { cards: await toCards(db, rows), total: totals[0]?.n ?? 0 };
}
