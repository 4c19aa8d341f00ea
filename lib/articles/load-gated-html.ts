import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { preparedStatement } from "@/db/prepared-statement";
import { articles } from "@/db/schema";

// Read on every full read: built once, sent prepared (see db/prepared-statement).
const gatedHtmlById = preparedStatement((db) =>
  db.select({ html: articles.gatedHtml }).from(articles).where(eq(articles.id, sql.placeholder("id"))).limit(1).prepare("lede_gated_html_by_id"),
);

/** The gated part of an article. Call only after decideAccess allowed the viewer. */
export async function loadGatedHtml(db: Database, articleId: number): Promise<string> {
  const [row] = await gatedHtmlById(db).execute({ id: articleId });
  return row?.html ?? "";
}
