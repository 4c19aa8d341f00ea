import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articles } from "@/db/schema";

/** The gated part of an article. Call only after decideAccess allowed the viewer. */
export async function loadGatedHtml(db: Database, articleId: number): Promise<string> {
  const [row] = await db.select({ html: articles.gatedHtml }).from(articles).where(eq(articles.id, articleId)).limit(1);
  return row?.html ?? "";
}
