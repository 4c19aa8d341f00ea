import type { Database } from "@/db/client";
import { refreshEffectiveRequirements } from "@/lib/articles/refresh-effective-requirements";
import { refreshSearchNames } from "@/lib/articles/refresh-search-names";
import { ALL_PAGES_TAG, pageTagsShowingArticles, tagPageTag } from "@/lib/page-tags/page-tags";
import { loadCategoryTree } from "@/lib/taxonomy/category-tree";
import type { SectionKind } from "@/lib/taxonomy/section-path";
import { loadArticleRefs } from "../cache/load-article-refs";
import { linkedArticleIds } from "./section-rows";

/**
 * The articles a change to these sections can touch: those filed under them and, for a
 * category, under any category below it (they inherit its requirement and list under it).
 */
export async function articlesUnderSections(db: Database, kind: SectionKind, ids: readonly number[]): Promise<number[]> {
  if (kind === "tag") return linkedArticleIds(db, kind, ids);
  const tree = await loadCategoryTree(db);
  return linkedArticleIds(db, kind, [...new Set(ids.flatMap((id) => tree.descendantIds(id)))]);
}

/**
 * After sections were created, renamed, moved, merged or deleted (inside the same
 * transaction): the touched articles' effective requirements and search names are
 * recomputed. Returns the cached pages to purge: every page for a category change (the
 * navigation, breadcrumbs and listings show categories everywhere); for a tag, the pages of
 * its articles and the tag's listings under each slug it had or has.
 */
export async function settleSectionChange(db: Database, options: { kind: SectionKind; articleIds: readonly number[]; slugs: readonly string[] }): Promise<string[]> {
  const ids = [...new Set(options.articleIds)];
  await refreshEffectiveRequirements(db, ids);
  await refreshSearchNames(db, ids);
  if (options.kind === "category") return [ALL_PAGES_TAG];
  const tags = new Set([...pageTagsShowingArticles(await loadArticleRefs(db, ids)), ...options.slugs.map(tagPageTag)]);
  return [...tags];
}
