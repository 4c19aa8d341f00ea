import { desc } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articles, authors, categories, tags } from "@/db/schema";
import { isPublishedSql } from "@/lib/articles/published";
import type { SitemapEntry } from "./build-sitemap";
import { ARTICLES_PER_SITEMAP } from "./sitemap-paths";

/**
 * The public URLs of one part (1-based) of the sitemap of pages: the part's published
 * articles, newest first, ARTICLES_PER_SITEMAP per part (`perPart`, for tests); the first
 * part also lists the home page, the latest pieces, sections, tags and authors. Null for a
 * part past the last.
 */
export async function listSitemapEntries(db: Database, now: Date, options: { part?: number; perPart?: number } = {}): Promise<SitemapEntry[] | null> {
  const { part = 1, perPart = ARTICLES_PER_SITEMAP } = options;
  const arts = await db
    .select({ slug: articles.slug, updatedAt: articles.updatedAt })
    .from(articles)
    .where(isPublishedSql(now))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(perPart)
    .offset((part - 1) * perPart);
  const articleEntries = arts.map((a) => ({ path: `/articles/${a.slug}`, lastModified: a.updatedAt }));
  if (part > 1) return articleEntries.length > 0 ? articleEntries : null;
  const [cats, tagRows, people] = await Promise.all([
    db.select({ slug: categories.slug }).from(categories),
    db.select({ slug: tags.slug }).from(tags),
    db.select({ slug: authors.slug }).from(authors),
  ]);
  return [
    { path: "/" },
    { path: "/latest" },
    ...articleEntries,
    ...cats.map((c) => ({ path: `/categories/${c.slug}` })),
    ...tagRows.map((t) => ({ path: `/tags/${t.slug}` })),
    ...people.map((p) => ({ path: `/authors/${p.slug}` })),
  ];
}
