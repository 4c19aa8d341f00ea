import path from "node:path";
import { pathToFileURL } from "node:url";

/** The cache handler the production server uses (server/cache/lede-cache-handler.ts, bundled by `npm run build`). */
export const CACHE_HANDLER_FILE = ".next/lede-cache-handler.mjs";

/**
 * What the production server's Next configuration adds to the build's: rendered pages are
 * kept through Lede's cache handler (in memory, or in Redis with REDIS_URL), which applies the
 * cache-version rule and purges by tag; never in Next's own memory cache or on disk. Read by
 * next.config.ts and by the server, which hands Next its configuration without loading
 * next.config.ts (server/next-adapter: takeBuiltNextConfig).
 */
export function productionServerSettings(dir: string): { cacheHandler: string; cacheMaxMemorySize: number } {
  return { cacheHandler: pathToFileURL(path.join(dir, CACHE_HANDLER_FILE)).href, cacheMaxMemorySize: 0 };
}
