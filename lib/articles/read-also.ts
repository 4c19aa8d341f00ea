import { and, asc, desc, eq, inArray, ne, notInArray, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articleCategories, articles, articleTags, readAlso } from "@/db/schema";
import { cardColumns, toCards, type ArticleCard } from "./article-card";
import { isPublishedSql } from "./published";

/**
 * "Read also": the editors' picks first, then the most related published pieces
 * (shared tags count double, a shared category once), up to `limit`.
 */
export async function getReadAlso(
  db: Database,
  article: { id: number; categoryIds: number[]; tagIds: number[] },
  options: { now: Date; limit: number },
): Promise<ArticleCard[]> {
  const picked = await db
    .select(cardColumns)
    .from(readAlso)
    .innerJoin(articles, eq(readAlso.targetId, articles.id))
    .where(and(eq(readAlso.articleId, article.id), isPublishedSql(options.now)))
    .orderBy(asc(readAlso.position))
    .limit(options.limit);
  const missing = options.limit - picked.length;
  if (missing <= 0 || (article.categoryIds.length === 0 && article.tagIds.length === 0)) {
    return toCards(db, picked);
  }

  const none = [-1];
  const sharedTags = db
    .select({ articleId: articleTags.articleId, weight: sql<number>`2`.as("weight") })
    .from(articleTags)
    .where(inArray(articleTags.tagId, article.tagIds.length ? article.tagIds : none));
  const sharedCats = db
    .select({ articleId: articleCategories.articleId, weight: sql<number>`1`.as("weight") })
    .from(articleCategories)
    .where(inArray(articleCategories.categoryId, article.categoryIds.length ? article.categoryIds : none));
  const related = sharedTags.unionAll(sharedCats).as("related");
  // Scores are summed per article id before the join, so only ids and weights are grouped
  // (grouping the joined card columns made PostgreSQL hash wide rows, in parallel workers).
  const scores = db
    .select({ articleId: related.articleId, score: sql<number>`sum(${related.weight})`.as("score") })
    .from(related)
    .groupBy(related.articleId)
    .as("scores");
  const fallback = await db
    .select({ ...cardColumns, score: scores.score })
    .from(scores)
    .innerJoin(articles, eq(scores.articleId, articles.id))
    .where(
      and(
        isPublishedSql(options.now),
        ne(articles.id, article.id),
        notInArray(articles.id, picked.length ? picked.map((p) => p.id) : none),
      ),
    )
    .orderBy(desc(scores.score), desc(articles.publishedAt))
    .limit(missing);
  return toCards(db, [...picked, ...fallback]);
}
