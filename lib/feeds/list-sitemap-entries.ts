import { desc } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articles, authors, categories, tags } from "@/db/schema";
import { isPublishedSql } from "@/lib/articles/published";
import type { SitemapEntry } from "./build-sitemap";

/** Every public URL of the site: published articles, sections, tags and authors. */
export async function listSitemapEntries(db: Database, now: Date): Promise<SitemapEntry[]> {
  const [arts, cats, tagRows, people] = await Promise.all([
    db.select({ slug: articles.slug, updatedAt: articles.updatedAt }).from(articles).where(isPublishedSql(now)).orderBy(desc(articles.publishedAt)).limit(45_000),
    db.select({ slug: categories.slug }).from(categories),
    db.select({ slug: tags.slug }).from(tags),
    db.select({ slug: authors.slug }).from(authors),
  ]);
  return [
    { path: "/" },
    { path: "/latest" },
    ...arts.map((a) => ({ path: `/articles/${a.slug}`, lastModified: a.updatedAt })),
    ...cats.map((c) => ({ path: `/categories/${c.slug}` })),
    ...tagRows.map((t) => ({ path: `/tags/${t.slug}` })),
    ...people.map((p) => ({ path: `/authors/${p.slug}` })),
  ];
}
