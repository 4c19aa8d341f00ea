// @ts-check
/*
 * Plain JavaScript (type-checked through JSDoc): Next.js imports the cache handler, which
 * reads this, at run time with import(), outside its TypeScript build.
 */

/**
 * @typedef {object} SharedCacheConfig
 * @property {string} redisUrl the Redis server every instance shares (redis:// or rediss://)
 * @property {string} prefix prepended to every key, so several sites or test runs can share one Redis
 */

export const DEFAULT_CACHE_PREFIX = "lede:";

/**
 * The shared page cache's settings from the environment: null without REDIS_URL (each
 * instance keeps its own cache on disk). A malformed value throws a message naming the
 * variable, so `next start` stops at once instead of failing inside a request. The URL
 * itself is never echoed: it may carry a password.
 * @param {Record<string, string | undefined>} env
 * @returns {SharedCacheConfig | null}
 */
export function readCacheConfig(env) {
  const raw = env.REDIS_URL?.trim();
  if (!raw) return null;
  /** @type {URL} */
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error("REDIS_URL is not a URL: expected redis://host:6379 (or rediss:// for TLS).");
  }
  if (url.protocol !== "redis:" && url.protocol !== "rediss:") {
    throw new Error(`REDIS_URL must start with redis:// or rediss:// (got ${url.protocol}//).`);
  }
  if (!url.hostname) throw new Error("REDIS_URL names no host: expected redis://host:6379.");
  const db = url.pathname.replace(/^\//, "");
  if (db !== "" && !/^\d{1,2}$/.test(db)) throw new Error("REDIS_URL's path must be a database number (redis://host:6379/0).");
  const prefix = env.LEDE_CACHE_PREFIX ?? DEFAULT_CACHE_PREFIX;
  if (!/^[A-Za-z0-9:_.-]{1,64}$/.test(prefix)) {
    throw new Error("LEDE_CACHE_PREFIX may hold 1 to 64 letters, digits and : _ . - only.");
  }
  return { redisUrl: raw, prefix };
}
