import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articleCategories, articles, categories, type Newsletter } from "@/db/schema";

/**
 * The pieces a digest collects: published after the newsletter's last digest (or its
 * creation) and up to `now`, in the sections it follows or their sub-sections (all
 * sections when it names none), oldest first.
 */
export async function digestArticleIds(db: Database, newsletter: Newsletter, now: Date): Promise<number[]> {
  const since = newsletter.lastDigestAt ?? newsletter.createdAt;
  const followed = newsletter.categoryIds;
  const inSections = followed.length
    ? sql`and exists (
        with recursive tree(id) as (
          select id from ${categories} where id in (${sql.join(followed.map((id) => sql`${id}`), sql`, `)})
          union select c.id from ${categories} c join tree on c.parent_id = tree.id
        )
        select 1 from ${articleCategories} ac where ac.article_id = ${articles.id} and ac.category_id in (select id from tree))`
    : sql``;
  const rows = await db
    .select({ id: articles.id })
    .from(articles)
    .where(sql`${articles.status} = 'published' and ${articles.publishedAt} > ${since.toISOString()}::timestamptz and ${articles.publishedAt} <= ${now.toISOString()}::timestamptz ${inSections}`)
    .orderBy(articles.publishedAt)
    .limit(50);
  return rows.map((r) => r.id);
}
