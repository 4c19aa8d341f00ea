import { alias } from "drizzle-orm/pg-core";
import { asc, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articleAuthors, articleCategories, articles, articleTags, authors, readAlso } from "@/db/schema";
import type { Requirement } from "@/lib/access/types";
import type { Locale } from "@/lib/i18n/locales";

const original = alias(articles, "original");

export interface EditableArticle {
  id: number;
  slug: string;
  title: string;
  standfirst: string;
  bodyMarkdown: string;
  heroImage: string | null;
  heroAlt: string;
  heroCaption: string;
  heroCredit: string;
  status: "draft" | "submitted" | "published";
  publishedAt: Date | null;
  requirement: Requirement;
  effective: Requirement;
  /** The free-article meter never opens this piece. */
  neverMetered: boolean;
  version: number;
  /** Its own language; null: the site's. */
  language: Locale | null;
  /** The original it translates: its id and address, or null. */
  translationOf: { id: number; slug: string } | null;
  authorIds: number[];
  authorUserIds: string[];
  categoryIds: number[];
  tagIds: number[];
  readAlso: { id: number; title: string }[];
}

/** An article with everything the editor form shows, including the Markdown source. */
export async function loadArticleForEdit(db: Database, id: number): Promise<EditableArticle | null> {
  // The columns the form shows: not the rendered HTML nor the search documents.
  const [row] = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      standfirst: articles.standfirst,
      bodyMarkdown: articles.bodyMarkdown,
      heroImage: articles.heroImage,
      heroAlt: articles.heroAlt,
      heroCaption: articles.heroCaption,
      heroCredit: articles.heroCredit,
      status: articles.status,
      publishedAt: articles.publishedAt,
      reqLevel: articles.reqLevel,
      reqCcaps: articles.reqCcaps,
      effReqLevel: articles.effReqLevel,
      effReqCcaps: articles.effReqCcaps,
      neverMetered: articles.neverMetered,
      version: articles.version,
      language: articles.language,
      translationOfId: original.id,
      translationOfSlug: original.slug,
    })
    .from(articles)
    .leftJoin(original, eq(original.id, articles.translationOf))
    .where(eq(articles.id, id))
    .limit(1);
  if (!row) return null;
  const [bylines, cats, tagRows, links] = await Promise.all([
    db.select({ id: authors.id, userId: authors.userId }).from(articleAuthors).innerJoin(authors, eq(articleAuthors.authorId, authors.id)).where(eq(articleAuthors.articleId, id)).orderBy(asc(articleAuthors.position)),
    db.select({ id: articleCategories.categoryId }).from(articleCategories).where(eq(articleCategories.articleId, id)).orderBy(asc(articleCategories.position)),
    db.select({ id: articleTags.tagId }).from(articleTags).where(eq(articleTags.articleId, id)),
    db.select({ id: readAlso.targetId, position: readAlso.position }).from(readAlso).where(eq(readAlso.articleId, id)).orderBy(asc(readAlso.position)),
  ]);
  const titles = links.length ? await db.select({ id: articles.id, title: articles.title }).from(articles).where(inArray(articles.id, links.map((l) => l.id))) : [];
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    standfirst: row.standfirst,
    bodyMarkdown: row.bodyMarkdown,
    heroImage: row.heroImage,
    heroAlt: row.heroAlt,
    heroCaption: row.heroCaption,
    heroCredit: row.heroCredit,
    status: row.status,
    publishedAt: row.publishedAt,
    requirement: { level: row.reqLevel, ccaps: row.reqCcaps },
    effective: { level: row.effReqLevel, ccaps: row.effReqCcaps },
    neverMetered: row.neverMetered,
    version: row.version,
    language: row.language,
    translationOf: row.translationOfId !== null && row.translationOfSlug !== null ? { id: row.translationOfId, slug: row.translationOfSlug } : null,
    authorIds: bylines.map((b) => b.id),
    authorUserIds: bylines.flatMap((b) => (b.userId ? [b.userId] : [])),
    categoryIds: cats.map((c) => c.id),
    tagIds: tagRows.map((t) => t.id),
    readAlso: links.map((l) => ({ id: l.id, title: titles.find((t) => t.id === l.id)?.title ?? `#${l.id}` })),
  };
}
