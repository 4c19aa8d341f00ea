import { and, eq } from "drizzle-orm";
import { inTransaction, type Database } from "@/db/client";
import { articleAuthors, articleCategories, articles, articleTags, readAlso } from "@/db/schema";
import type { Requirement } from "@/lib/access/types";
import { splitArticleBody } from "@/lib/content/split-article-body";
import { AppError } from "@/lib/errors";
import { refreshEffectiveRequirements } from "./refresh-effective-requirements";
import { refreshSearchNames } from "./refresh-search-names";

export interface ArticleInput {
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
  updatedAt?: Date;
  requirement: Requirement;
  authorIds: number[];
  categoryIds: number[];
  tagIds: number[];
  readAlsoIds: number[];
}

/**
 * Creates (no id) or updates an article: renders and stores its teaser and gated parts,
 * replaces its bylines, categories, tags and read-also links, and refreshes its effective
 * requirement and the names it is searched by. An update must name the version it was edited from; a stale one is refused.
 */
export async function writeArticle(
  db: Database,
  input: ArticleInput,
  options: { teaserParagraphs: number; id?: number; expectedVersion?: number },
): Promise<{ id: number; version: number }> {
  const parts = splitArticleBody(input.bodyMarkdown, { teaserParagraphs: options.teaserParagraphs });
  const values = {
    slug: input.slug,
    title: input.title,
    standfirst: input.standfirst,
    bodyMarkdown: input.bodyMarkdown,
    teaserHtml: parts.teaserHtml,
    gatedHtml: parts.gatedHtml,
    heroImage: input.heroImage,
    heroAlt: input.heroAlt,
    heroCaption: input.heroCaption,
    heroCredit: input.heroCredit,
    status: input.status,
    publishedAt: input.publishedAt,
    updatedAt: input.updatedAt ?? new Date(),
    reqLevel: input.requirement.level,
    reqCcaps: [...input.requirement.ccaps],
  };

  const saved = await inTransaction(db, async (tx) => {
    let row: { id: number; version: number } | undefined;
    if (options.id === undefined) {
      [row] = await tx.insert(articles).values(values).returning({ id: articles.id, version: articles.version });
    } else {
      const { id, expectedVersion } = options;
      [row] = await tx
        .update(articles)
        .set({ ...values, version: (expectedVersion ?? 0) + 1 })
        .where(expectedVersion === undefined ? eq(articles.id, id) : and(eq(articles.id, id), eq(articles.version, expectedVersion)))
        .returning({ id: articles.id, version: articles.version });
      if (!row) throw new AppError("CONFLICT", "This article was changed by someone else since you opened it. Reload to see their version.");
    }
    const id = row!.id;
    // A new article has no links yet: four statements fewer per piece on a large import.
    if (options.id !== undefined) {
      await tx.delete(articleAuthors).where(eq(articleAuthors.articleId, id));
      await tx.delete(articleCategories).where(eq(articleCategories.articleId, id));
      await tx.delete(articleTags).where(eq(articleTags.articleId, id));
      await tx.delete(readAlso).where(eq(readAlso.articleId, id));
    }
    if (input.authorIds.length) await tx.insert(articleAuthors).values(input.authorIds.map((authorId, position) => ({ articleId: id, authorId, position })));
    if (input.categoryIds.length) await tx.insert(articleCategories).values(input.categoryIds.map((categoryId, position) => ({ articleId: id, categoryId, position })));
    if (input.tagIds.length) await tx.insert(articleTags).values(input.tagIds.map((tagId) => ({ articleId: id, tagId })));
    const targets = input.readAlsoIds.filter((t) => t !== id);
    if (targets.length) await tx.insert(readAlso).values(targets.map((targetId, position) => ({ articleId: id, targetId, position })));
    await refreshEffectiveRequirements(tx, [id]);
    await refreshSearchNames(tx, [id]);
    return row!;
  });
  return saved;
}
