import type { Database } from "@/db/client";
import type { ArticleFilter } from "@/lib/articles/list-articles";
import { loadCategoryTree } from "@/lib/taxonomy/category-tree";
import { findAuthor, findTag } from "@/lib/taxonomy/find-by-slug";

/** Whose pieces a public feed lists: the whole site, or one section, tag or author. */
export type FeedScopeKind = "site" | "categories" | "tags" | "authors";

export interface FeedScope {
  /** The feed's title beside the newsroom's name ("Libya", "Clara Martin"); null for the whole site. */
  name: string | null;
  /** The listing page the feed mirrors, e.g. "/categories/libya" ("/" for the site). */
  path: string;
  filter: ArticleFilter;
}

/** The scope a feed address names, or null when its section, tag or author does not exist. */
export async function resolveFeedScope(db: Database, kind: FeedScopeKind, slug: string): Promise<FeedScope | null> {
  if (kind === "site") return { name: null, path: "/", filter: {} };
  if (kind === "categories") {
    const tree = await loadCategoryTree(db);
    const category = tree.bySlug.get(slug);
    // A parent's feed carries its children's pieces, as its page does.
    return category ? { name: category.name, path: `/categories/${category.slug}`, filter: { categoryIds: tree.descendantIds(category.id) } } : null;
  }
  if (kind === "tags") {
    const tag = await findTag(db, slug);
    return tag ? { name: tag.name, path: `/tags/${tag.slug}`, filter: { tagId: tag.id } } : null;
  }
  const author = await findAuthor(db, slug);
  return author ? { name: author.name, path: `/authors/${author.slug}`, filter: { authorId: author.id } } : null;
}

/** The addresses of a listing's feeds (relative to the public origin). */
export function feedPaths(listingPath: string): { rss: string; atom: string } {
  const base = listingPath === "/" ? "" : listingPath;
  return { rss: `${base}/feed.xml`, atom: `${base}/atom.xml` };
}
