import type { Database } from "@/db/client";
import { loadArticleRefs } from "@/lib/admin/cache/load-article-refs";
import { pageTagsShowingArticles } from "@/lib/page-tags/page-tags";

/**
 * The cache tags (lib/page-tags) of every page the import changed, to purge as an editor's
 * save does. The CLI (scripts/import-wordpress.ts) hands them to the page store: with
 * REDIS_URL every server hears the purge; without it a server keeps its cache in its own
 * memory, out of the CLI's reach.
 */
export async function importedPageTags(db: Database, articleIds: readonly number[]): Promise<string[]> {
  return articleIds.length === 0 ? [] : pageTagsShowingArticles(await loadArticleRefs(db, articleIds));
}
