import type { Database } from "@/db/client";
import { refreshEffectiveRequirements } from "@/lib/articles/refresh-effective-requirements";
import { pathsShowingArticles, type CachePath } from "../cache/article-paths";
import { loadArticleRefs } from "../cache/load-article-refs";
import { resolveCachePaths } from "../cache/resolve-cache-paths";

/**
 * After a category's, tag's or articles' requirement changed: recompute every article's
 * effective requirement (children inherit from parents, so all of them) and name the
 * cached pages of the articles whose access changed.
 */
export async function applyRequirementRefresh(db: Database): Promise<{ changedIds: number[]; paths: CachePath[] }> {
  const changedIds = await refreshEffectiveRequirements(db);
  return { changedIds, paths: await resolveCachePaths(db, pathsShowingArticles(await loadArticleRefs(db, changedIds)), new Date()) };
}
