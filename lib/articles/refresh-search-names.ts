import { inArray, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articles } from "@/db/schema";

/*
 * The names a reader may search an article by: its bylines, categories and tags, in one
 * text column that the generated search documents (db/schema/content.ts) include. The one writer
 * of articles.search_names: called when an article's links or an author's name change.
 * Rows whose names are already right are left alone, so their documents are not rebuilt.
 */
const NAMES = sql`concat_ws(' ',
  (select string_agg(au.name, ' ' order by aa.position) from article_authors aa join authors au on au.id = aa.author_id where aa.article_id = articles.id),
  (select string_agg(c.name, ' ' order by ac.position) from article_categories ac join categories c on c.id = ac.category_id where ac.article_id = articles.id),
  (select string_agg(t.name, ' ' order by t.name) from article_tags at join tags t on t.id = at.tag_id where at.article_id = articles.id))`;

/** Recomputes search_names for the given articles (all when omitted). */
export async function refreshSearchNames(db: Database, articleIds?: readonly number[]): Promise<void> {
  if (articleIds && articleIds.length === 0) return;
  const only = articleIds ? sql`and ${inArray(articles.id, [...articleIds])}` : sql``;
  await db.execute(sql`update articles set search_names = ${NAMES} where search_names is distinct from ${NAMES} ${only}`);
}
