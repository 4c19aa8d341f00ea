import { desc, ilike } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articles } from "@/db/schema";

/** Title search for the read-also picker (drafts included: editors may link ahead). */
export async function searchArticles(db: Database, q: string): Promise<{ id: number; title: string; slug: string }[]> {
  const term = q.trim();
  if (term.length < 2) return [];
  return db
    .select({ id: articles.id, title: articles.title, slug: articles.slug })
    .from(articles)
    .where(ilike(articles.title, `%${term.replace(/[%_\\]/g, "\\$&")}%`))
    .orderBy(desc(articles.publishedAt))
    .limit(10);
}
