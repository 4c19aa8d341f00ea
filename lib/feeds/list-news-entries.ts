import { and, desc, gt } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articles } from "@/db/schema";
import { isPublishedSql } from "@/lib/articles/published";
import type { NewsEntry } from "./build-sitemap";

/** Google News takes articles of the last two days, at most 1,000 per sitemap. */
export const NEWS_WINDOW_MS = 48 * 3600_000;

/** Pieces published in the 48 hours before `now`, newest first, for the news sitemap. */
export async function listNewsEntries(db: Database, now: Date): Promise<NewsEntry[]> {
  const rows = await db
    .select({ slug: articles.slug, title: articles.title, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(isPublishedSql(now), gt(articles.publishedAt, new Date(now.getTime() - NEWS_WINDOW_MS))))
    .orderBy(desc(articles.publishedAt))
    .limit(1000);
  return rows.map((r) => ({ path: `/articles/${r.slug}`, title: r.title, publishedAt: r.publishedAt ?? now }));
}
