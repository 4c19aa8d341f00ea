import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articles } from "@/db/schema";
import { splitArticleBody } from "@/lib/content/split-article-body";

/**
 * Re-renders every article's stored teaser and gated parts through the site's pipeline,
 * after the automatic teaser length changed. Versions are left alone: the Markdown an
 * editor may have open did not change.
 */
export async function rerenderAllArticles(db: Database, teaserParagraphs: number): Promise<number> {
  const rows = await db.select({ id: articles.id, body: articles.bodyMarkdown, teaser: articles.teaserHtml, gated: articles.gatedHtml }).from(articles);
  let changed = 0;
  for (const row of rows) {
    const parts = splitArticleBody(row.body, { teaserParagraphs });
    if (parts.teaserHtml === row.teaser && parts.gatedHtml === row.gated) continue;
    await db.update(articles).set({ teaserHtml: parts.teaserHtml, gatedHtml: parts.gatedHtml }).where(eq(articles.id, row.id));
    changed++;
  }
  return changed;
}
