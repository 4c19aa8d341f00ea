import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articleSeo } from "@/db/schema";
import { NO_OVERRIDES, type SeoOverrides } from "./seo-overrides";

/** An article's search and social overrides (all empty when it has none). */
export async function loadArticleSeo(db: Database, articleId: number): Promise<SeoOverrides> {
  const [row] = await db.select().from(articleSeo).where(eq(articleSeo.articleId, articleId)).limit(1);
  return row ? { title: row.seoTitle, description: row.seoDescription, socialTitle: row.socialTitle, socialDescription: row.socialDescription } : NO_OVERRIDES;
}

/** Stores an article's overrides (one row per article, replaced on each save). */
export async function saveArticleSeo(db: Database, articleId: number, seo: SeoOverrides): Promise<void> {
  const values = { seoTitle: seo.title, seoDescription: seo.description, socialTitle: seo.socialTitle, socialDescription: seo.socialDescription };
  await db
    .insert(articleSeo)
    .values({ articleId, ...values })
    .onConflictDoUpdate({ target: articleSeo.articleId, set: values });
}
