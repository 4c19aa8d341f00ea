import { asc, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articleAuthors, articleCategories, articles, authors, categories } from "@/db/schema";
import type { Requirement } from "@/lib/access/types";

export interface AuthorRef {
  slug: string;
  name: string;
}

/** What a listing shows of an article: never any body text beyond the standfirst. */
export interface ArticleCard {
  id: number;
  slug: string;
  title: string;
  standfirst: string;
  heroImage: string | null;
  heroAlt: string;
  publishedAt: Date;
  authors: AuthorRef[];
  category: { slug: string; name: string } | null;
  requirement: Requirement;
}

export const cardColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  standfirst: articles.standfirst,
  heroImage: articles.heroImage,
  heroAlt: articles.heroAlt,
  publishedAt: articles.publishedAt,
  effReqLevel: articles.effReqLevel,
  effReqCcaps: articles.effReqCcaps,
};

interface CardRow {
  id: number;
  slug: string;
  title: string;
  standfirst: string;
  heroImage: string | null;
  heroAlt: string;
  publishedAt: Date | null;
  effReqLevel: number | null;
  effReqCcaps: string[];
}

/** Adds bylines and primary categories to article rows, in two queries for the whole list. */
export async function toCards(db: Database, rows: readonly CardRow[]): Promise<ArticleCard[]> {
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const [bylines, cats] = await Promise.all([
    db
      .select({ articleId: articleAuthors.articleId, slug: authors.slug, name: authors.name })
      .from(articleAuthors)
      .innerJoin(authors, eq(articleAuthors.authorId, authors.id))
      .where(inArray(articleAuthors.articleId, ids))
      .orderBy(asc(articleAuthors.position)),
    db
      .select({ articleId: articleCategories.articleId, slug: categories.slug, name: categories.name })
      .from(articleCategories)
      .innerJoin(categories, eq(articleCategories.categoryId, categories.id))
      .where(inArray(articleCategories.articleId, ids))
      .orderBy(asc(articleCategories.position)),
  ]);
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: r.title,
    standfirst: r.standfirst,
    heroImage: r.heroImage,
    heroAlt: r.heroAlt,
    publishedAt: r.publishedAt ?? new Date(0),
    authors: bylines.filter((b) => b.articleId === r.id).map(({ slug, name }) => ({ slug, name })),
    category: cats.find((c) => c.articleId === r.id) ?? null,
    requirement: { level: r.effReqLevel, ccaps: r.effReqCcaps },
  }));
}
