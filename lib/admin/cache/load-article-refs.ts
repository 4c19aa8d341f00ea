import { eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articleAuthors, articleCategories, articles, articleTags, authors, tags } from "@/db/schema";
import { loadCategoryTree } from "@/lib/taxonomy/category-tree";
import type { ArticlePlacement } from "@/lib/page-tags/page-tags";

/** The slugs that place each article on cached pages (see pageTagsShowingArticles). */
export async function loadArticleRefs(db: Database, ids: readonly number[]): Promise<ArticlePlacement[]> {
  if (ids.length === 0) return [];
  const list = [...ids];
  const [rows, cats, tagRows, bylines, tree] = await Promise.all([
    db.select({ id: articles.id, slug: articles.slug }).from(articles).where(inArray(articles.id, list)),
    db.select().from(articleCategories).where(inArray(articleCategories.articleId, list)),
    db
      .select({ articleId: articleTags.articleId, slug: tags.slug })
      .from(articleTags)
      .innerJoin(tags, eq(articleTags.tagId, tags.id))
      .where(inArray(articleTags.articleId, list)),
    db
      .select({ articleId: articleAuthors.articleId, slug: authors.slug })
      .from(articleAuthors)
      .innerJoin(authors, eq(articleAuthors.authorId, authors.id))
      .where(inArray(articleAuthors.articleId, list)),
    loadCategoryTree(db),
  ]);
  return rows.map((r) => ({
    slug: r.slug,
    categorySlugs: [...new Set(cats.filter((c) => c.articleId === r.id).flatMap((c) => tree.path(c.categoryId).map((p) => p.slug)))],
    tagSlugs: tagRows.filter((t) => t.articleId === r.id).map((t) => t.slug),
    authorSlugs: bylines.filter((b) => b.articleId === r.id).map((b) => b.slug),
  }));
}
