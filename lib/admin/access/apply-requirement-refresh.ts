import type { Database } from "@/db/client";
import { refreshEffectiveRequirements } from "@/lib/articles/refresh-effective-requirements";
import { pageTagsShowingArticles } from "@/lib/page-tags/page-tags";
import { loadArticleRefs } from "../cache/load-article-refs";

/**
 * After a category's, tag's or articles' requirement changed: recompute every article's
 * effective requirement (children inherit from parents, so all of them) and name the
 * cached pages of the articles whose access changed.
 */
export async function applyRequirementRefresh(db: Database): Promise<{ changedIds: number[]; tags: string[] }> {
  const changedIds = await refreshEffectiveRequirements(db);
  return { changedIds, tags: pageTagsShowingArticles(await loadArticleRefs(db, changedIds)) };
}
