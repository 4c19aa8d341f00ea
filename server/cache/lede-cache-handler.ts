/**
 * Next's cache handler (`cacheHandler` in next.config.ts; bundled by scripts/build-server.ts
 * into .next/lede-cache-handler.mjs, which Next imports at run time). Pages go to the page
 * store (server/cache/page-cache) with the tags of what they show (lib/page-tags) and the
 * time their render began, so that the cache-version rule holds: a page rendered from data
 * read before a save is refused when stored and never served after the save.
 */
import { pageTagsForPath } from "@/lib/page-tags/page-tags";
import { isNotFoundPage, isResponseValue, nextTagsOf, pagePathOfCacheKey, stampRenderBegun, withRenderedAt, type NextCacheValue } from "../next-adapter";
import { decodeCacheValue, encodeCacheValue } from "./cache-value-codec.mjs";
import { pageStore } from "./page-cache";
import { MAX_ENTRY_SECONDS, UNKNOWN_RENDER_MS, type PageStore } from "./page-store";
import { renderClock } from "./render-clock";

interface GetContext {
  kind?: string;
  tags?: string[];
  softTags?: string[];
}
interface SetContext {
  fetchCache?: boolean;
  tags?: string[];
  cacheControl?: { revalidate?: number | false; expire?: number };
}
interface StoredValue {
  value: NextCacheValue | null;
  cacheControl?: SetContext["cacheControl"];
}


export default class LedeCacheHandler {
  /** Next passes its context only; tests hand in a store of their own. */
  constructor(
    _ctx?: unknown,
    private readonly store: PageStore = pageStore(),
  ) {}

  async get(key: string, ctx: GetContext = {}) {
    const extra = ctx.kind === "FETCH" ? [...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : [];
    const found = await this.store.read(key, extra);
    if (!found) return null;
    const stored = found.page ? (decodeCacheValue(found.page.text) as StoredValue) : null;
    const revalidate = stored?.cacheControl?.revalidate;
    const isStale = !found.page || (typeof revalidate === "number" && found.now - found.page.renderedFrom > revalidate * 1000);
    // A render follows a miss or a stale copy: it reads the database from now on.
    if (isStale) {
      const path = pagePathOfCacheKey(key);
      renderClock(UNKNOWN_RENDER_MS).begin(key, found.now, path ? pageTagsForPath(path) : extra);
    }
    if (!found.page || !stored) return null;
    // The copy says when its render began: the page memory keeps it only while it is fresh.
    return { lastModified: found.page.renderedFrom, value: withRenderedAt(stored.value, found.page.renderedFrom), cacheControl: stored.cacheControl };
  }

  async set(key: string, value: NextCacheValue | null, ctx: SetContext = {}) {
    const render = renderClock(UNKNOWN_RENDER_MS).end(key);
    const renderedFrom = render?.begun ?? null;
    // Not-found and error answers are never kept: made-up addresses must not fill the cache,
    // and the not-found page, rendered for whichever request came first, would keep its nonce.
    if (!value || (isResponseValue(value) && (value.status ?? 200) !== 200)) return;
    const path = pagePathOfCacheKey(key);
    if (path !== null && isNotFoundPage(path)) return;
    const tags = ctx.fetchCache ? (ctx.tags ?? []) : [...(path ? pageTagsForPath(path) : []), ...nextTagsOf(value)];
    const cacheControl = ctx.fetchCache ? undefined : ctx.cacheControl;
    const ttl = typeof cacheControl?.expire === "number" ? cacheControl.expire : MAX_ENTRY_SECONDS;
    const stored = await this.store.write(key, { text: encodeCacheValue({ value, cacheControl }), tags }, renderedFrom, ttl);
    // The render's own answer then says when it began (not stored: a copy read later says when
    // its render began by the store's clock): the page memory keeps it only if it began after the
    // memory asked for the page, instead of asking Next again for the copy just stored.
    if (stored && render && path !== null) stampRenderBegun(value, render.begunHere);
  }

  /** Next's own revalidatePath/revalidateTag (Lede purges through server/cache/page-cache instead). */
  async revalidateTag(tags: string | string[]) {
    await this.store.purge(typeof tags === "string" ? [tags] : tags);
  }

  resetRequestCache() {}
}
