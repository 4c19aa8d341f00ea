// @ts-check
/*
 * Next.js' incremental cache handler (`cacheHandler` in next.config.ts, set when REDIS_URL
 * is): every `next start` instance keeps the pages it renders (the anonymous article,
 * front, listing pages and feeds) in one Redis, so all serve the same copy, and an editor's
 * save (revalidatePath → revalidateTag) on one instance expires it on all of them.
 * Next imports this file at run time with import(), outside its TypeScript build, hence
 * plain JavaScript type-checked through JSDoc. Only what Next caches passes here: pages
 * that read no cookie (the per-viewer pages are force-dynamic and never cached).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { readCacheConfig } from "./cache-config.mjs";
import { decodeCacheValue, encodeCacheValue } from "./cache-value-codec.mjs";
import { pageChangeChannel } from "./page-change-feed.mjs";
import { sharedRedis } from "./shared-redis.mjs";
import { tagsState } from "./tags-state.mjs";

/** @typedef {import("next/dist/server/lib/incremental-cache").CacheHandlerContext} CacheHandlerContext */
/** @typedef {import("next/dist/server/lib/incremental-cache").CacheHandlerValue} CacheHandlerValue */
/** @typedef {import("next/dist/server/response-cache").IncrementalCacheValue} IncrementalCacheValue */
/** @typedef {import("next/dist/server/lib/cache-control").CacheControl} CacheControl */
/** @typedef {{ kind: string, tags?: string[], softTags?: string[] }} GetContext */
/** @typedef {{ fetchCache?: boolean, tags?: string[], cacheControl?: CacheControl }} SetContext */
/** @typedef {{ value: IncrementalCacheValue | null, cacheControl?: CacheControl }} StoredValue */

/** Entries live at most this long; one not read for so long is cheaper to render again. */
const MAX_TTL_SECONDS = 7 * 24 * 3600;

// Writes take Redis' clock, the one every instance shares, for both the entry's time and a
// tag's revalidation, so a save is ordered after the renders it must expire whatever the
// instances' own clocks say.
const SET_ENTRY = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('HSET', KEYS[1], 'v', ARGV[1], 't', now, 'g', ARGV[2])
redis.call('EXPIRE', KEYS[1], ARGV[3])
return now`;
const REVALIDATE_TAGS = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
for i = 3, #ARGV do
  if ARGV[1] == 'now' then
    redis.call('HSET', KEYS[1], 'expired:' .. ARGV[i], now)
  else
    redis.call('HSET', KEYS[1], 'stale:' .. ARGV[i], now)
    if ARGV[2] ~= '' then redis.call('HSET', KEYS[1], 'expired:' .. ARGV[i], now + tonumber(ARGV[2])) end
  end
end
redis.call('PUBLISH', KEYS[2], table.concat(ARGV, ',', 3))
return now`;

/**
 * The build's id scopes entries: two releases side by side (a rolling deploy) never serve
 * each other's pages, whose script URLs differ. Tag revalidations are shared by all.
 * @param {string | undefined} serverDistDir
 */
function readBuildId(serverDistDir) {
  if (!serverDistDir) return "dev";
  return readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim();
}

/**
 * The tags a page entry answers to: Next lists them (the page's path and layouts, as
 * `_N_T_/articles/slug`…) in the x-next-cache-tags header it stores with the page.
 * @param {IncrementalCacheValue | null} value
 * @param {SetContext} ctx
 * @returns {string[]}
 */
function entryTags(value, ctx) {
  if (ctx.fetchCache) return ctx.tags ?? [];
  const headers = value && "headers" in value ? value.headers : undefined;
  const header = headers?.["x-next-cache-tags"];
  return typeof header === "string" && header ? header.split(",") : [];
}

/** @param {CacheControl | undefined} cacheControl */
function ttlSeconds(cacheControl) {
  const expire = cacheControl?.expire;
  return Math.max(60, Math.min(typeof expire === "number" ? expire : MAX_TTL_SECONDS, MAX_TTL_SECONDS));
}

export default class RedisCacheHandler {
  /** @param {CacheHandlerContext} ctx */
  constructor(ctx) {
    const config = readCacheConfig(process.env);
    if (!config) throw new Error("the Redis cache handler is configured without REDIS_URL");
    this.redis = sharedRedis(config.redisUrl);
    this.entryPrefix = `${config.prefix}page:${readBuildId(ctx.serverDistDir)}:`;
    this.tagsKey = `${config.prefix}tags`;
    this.changeChannel = pageChangeChannel(config);
  }

  /**
   * @param {string} cacheKey
   * @param {GetContext} ctx
   * @returns {Promise<CacheHandlerValue | null>}
   */
  async get(cacheKey, ctx) {
    const row = await this.redis.run((c) => c.hmGet(this.entryPrefix + cacheKey, ["v", "t", "g"]));
    const [text, time, tagList] = row ?? [];
    if (!text || !time || !tagList) return null;
    let lastModified = Number(time);
    const tags = [.../** @type {string[]} */ (JSON.parse(tagList)), ...(ctx.kind === "FETCH" ? [...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : [])];
    let state = "fresh";
    if (tags.length > 0) {
      const fields = tags.flatMap((tag) => [`expired:${tag}`, `stale:${tag}`]);
      const found = await this.redis.run((c) => c.hmGet(this.tagsKey, fields));
      // Tags that cannot be checked could hide a save: render rather than risk a stale page.
      if (!found) return null;
      const times = { expired: new Map(), stale: new Map() };
      tags.forEach((tag, i) => {
        if (found[2 * i]) times.expired.set(tag, Number(found[2 * i]));
        if (found[2 * i + 1]) times.stale.set(tag, Number(found[2 * i + 1]));
      });
      state = tagsState(tags, lastModified, times, Date.now());
      if (state === "expired") return null;
    }
    const stored = /** @type {StoredValue} */ (decodeCacheValue(text));
    if (state === "stale") {
      // Served while it re-renders in the background: make it look older than its lifetime.
      const revalidate = stored.cacheControl?.revalidate;
      if (typeof revalidate !== "number") return null;
      lastModified = Math.min(lastModified, Date.now() - revalidate * 1000 - 1);
    }
    return { lastModified, value: stored.value, cacheControl: stored.cacheControl };
  }

  /**
   * @param {string} cacheKey
   * @param {IncrementalCacheValue | null} value
   * @param {SetContext} ctx
   */
  async set(cacheKey, value, ctx) {
    const cacheControl = ctx.fetchCache ? undefined : ctx.cacheControl;
    const ttl = ttlSeconds(cacheControl);
    const text = encodeCacheValue(/** @type {StoredValue} */ ({ value, cacheControl }));
    const tags = JSON.stringify(entryTags(value, ctx));
    await this.redis.run((c) => c.eval(SET_ENTRY, { keys: [this.entryPrefix + cacheKey], arguments: [text, tags, String(ttl)] }));
  }

  /**
   * `revalidatePath(p)` arrives here as the tag `_N_T_<p>`; without durations a tag expires
   * at once, with them it turns stale now and expires `expire` seconds later (as Next's own
   * file cache does).
   * @param {string | string[]} tags
   * @param {{ expire?: number }} [durations]
   */
  async revalidateTag(tags, durations) {
    const list = typeof tags === "string" ? [tags] : tags;
    if (list.length === 0) return;
    const mode = durations ? "stale" : "now";
    const expireMs = durations?.expire === undefined ? "" : String(durations.expire * 1000);
    const done = await this.redis.run((c) => c.eval(REVALIDATE_TAGS, { keys: [this.tagsKey, this.changeChannel], arguments: [mode, expireMs, ...list] }));
    if (done === undefined) console.error(`[lede] shared cache: could not expire ${list.join(", ")} in Redis; other instances may show the old page until it expires`);
  }

  resetRequestCache() {}
}
