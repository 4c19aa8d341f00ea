import type { Database } from "@/db/client";
import { pathsShowingArticles } from "@/lib/admin/cache/article-paths";
import { loadArticleRefs } from "@/lib/admin/cache/load-article-refs";
import { resolveCachePaths } from "@/lib/admin/cache/resolve-cache-paths";
import { readCacheConfig } from "@/lib/cache/cache-config.mjs";
import RedisCacheHandler from "@/lib/cache/redis-cache-handler-next.mjs";
import { closeSharedRedis } from "@/lib/cache/shared-redis.mjs";

/**
 * Refreshes the cached pages the import changed, as an editor's save does, from outside the
 * server: with REDIS_URL the pages' tags (`_N_T_<path>`, what revalidatePath expires) are
 * expired in the shared cache, which also tells every server's page memory to forget its
 * pages. Without it the server's own cache refreshes them by their revalidate time; returns
 * what it did, for the terminal.
 */
export async function purgeImportedPages(db: Database, articleIds: readonly number[], now: Date): Promise<string> {
  if (articleIds.length === 0) return "no page to refresh";
  const config = readCacheConfig(process.env);
  const paths = await resolveCachePaths(db, pathsShowingArticles(await loadArticleRefs(db, articleIds)), now);
  if (!config) return `${paths.length} cached pages show imported articles; without REDIS_URL they refresh within 5 minutes (or restart the server)`;
  const handler = new RedisCacheHandler({ serverDistDir: undefined, revalidatedTags: [], _requestHeaders: {} });
  for (let i = 0; i < paths.length; i += 500) await handler.revalidateTag(paths.slice(i, i + 500).map((p) => `_N_T_${p.path}`));
  await closeSharedRedis();
  return `${paths.length} cached pages refreshed through the shared cache`;
}
