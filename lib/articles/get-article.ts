import { and, asc, eq, ne, or, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articleAuthors, articleCategories, articles, articleSeo, articleTags, authors, tags } from "@/db/schema";
import type { Requirement } from "@/lib/access/types";
import type { Locale } from "@/lib/i18n/locales";
import { loadCategoryTree } from "@/lib/taxonomy/category-tree";
import { isValidSlug } from "@/lib/content/is-valid-slug";
import { isPublishedRow, isPublishedSql } from "./published";

export interface ArticleAuthor {
  id: number;
  slug: string;
  name: string;
  roleLine: string;
  bio: string;
  photo: string | null;
  userId: string | null;
}

/** An article as a page shows it before the access decision: the teaser, never the gated part. */
export interface ArticleView {
  id: number;
  slug: string;
  title: string;
  standfirst: string;
  teaserHtml: string;
  heroImage: string | null;
  heroAlt: string;
  heroCaption: string;
  heroCredit: string;
  publishedAt: Date | null;
  updatedAt: Date;
  isPublished: boolean;
  requirement: Requirement;
  hasGatedPart: boolean;
  authors: ArticleAuthor[];
  categoryPath: { slug: string; name: string }[];
  categoryIds: number[];
  tags: { id: number; slug: string; name: string }[];
  /** The piece's own language; null: the site's. */
  language: Locale | null;
  /** Its published translations (hreflang): each with its language (null: the site's). */
  translations: { slug: string; language: Locale | null }[];
  /** The editor's search and social overrides ("" = use the title and standfirst). */
  seo: { title: string; description: string; socialTitle: string; socialDescription: string };
}

/**
 * Loads an article by slug with only its teaser columns. `includeUnpublished` is for
 * staff previews; readers only ever see published, due pieces.
 */
export async function getArticle(
  db: Database,
  slug: string,
  options: { now: Date; includeUnpublished?: boolean },
): Promise<ArticleView | null> {
  if (!isValidSlug(slug)) return null;
  const bySlug = eq(articles.slug, slug);
  const [row] = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      standfirst: articles.standfirst,
      teaserHtml: articles.teaserHtml,
      // A boolean computed in SQL: the gated text itself never leaves the database here.
      hasGatedPart: sql<boolean>`(${articles.gatedHtml} <> '')`,
      heroImage: articles.heroImage,
      heroAlt: articles.heroAlt,
      heroCaption: articles.heroCaption,
      heroCredit: articles.heroCredit,
      status: articles.status,
      language: articles.language,
      translationOf: articles.translationOf,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      effReqLevel: articles.effReqLevel,
      effReqCcaps: articles.effReqCcaps,
      seoTitle: articleSeo.seoTitle,
      seoDescription: articleSeo.seoDescription,
      socialTitle: articleSeo.socialTitle,
      socialDescription: articleSeo.socialDescription,
    })
    .from(articles)
    .leftJoin(articleSeo, eq(articleSeo.articleId, articles.id))
    .where(options.includeUnpublished ? bySlug : and(bySlug, isPublishedSql(options.now)))
    .limit(1);
  if (!row) return null;

  const group = row.translationOf ?? row.id;
  const [bylines, cats, tagRows, tree, translations] = await Promise.all([
    db
      .select({
        id: authors.id,
        slug: authors.slug,
        name: authors.name,
        roleLine: authors.roleLine,
        bio: authors.bio,
        photo: authors.photo,
        userId: authors.userId,
      })
      .from(articleAuthors)
      .innerJoin(authors, eq(articleAuthors.authorId, authors.id))
      .where(eq(articleAuthors.articleId, row.id))
      .orderBy(asc(articleAuthors.position)),
    db
      .select({ id: articleCategories.categoryId })
      .from(articleCategories)
      .where(eq(articleCategories.articleId, row.id))
      .orderBy(asc(articleCategories.position)),
    db
      .select({ id: tags.id, slug: tags.slug, name: tags.name })
      .from(articleTags)
      .innerJoin(tags, eq(articleTags.tagId, tags.id))
      .where(eq(articleTags.articleId, row.id))
      .orderBy(asc(tags.name)),
    loadCategoryTree(db),
    // The other published pieces of its translation group: the original and those naming it.
    db
      .select({ slug: articles.slug, language: articles.language })
      .from(articles)
      .where(and(or(eq(articles.id, group), eq(articles.translationOf, group)), ne(articles.id, row.id), isPublishedSql(options.now)))
      .orderBy(asc(articles.id)),
  ]);

  const primary = cats[0];
  const isPublished = isPublishedRow(row, options.now);
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    standfirst: row.standfirst,
    teaserHtml: row.teaserHtml,
    heroImage: row.heroImage,
    heroAlt: row.heroAlt,
    heroCaption: row.heroCaption,
    heroCredit: row.heroCredit,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    isPublished,
    requirement: { level: row.effReqLevel, ccaps: row.effReqCcaps },
    hasGatedPart: row.hasGatedPart,
    authors: bylines,
    categoryPath: primary ? tree.path(primary.id).map(({ slug, name }) => ({ slug, name })) : [],
    categoryIds: cats.map((c) => c.id),
    tags: tagRows,
    language: row.language,
    translations,
    seo: { title: row.seoTitle ?? "", description: row.seoDescription ?? "", socialTitle: row.socialTitle ?? "", socialDescription: row.socialDescription ?? "" },
  };
}
