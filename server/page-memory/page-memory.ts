import { gunzipSync } from "node:zlib";
import { LRUCache } from "lru-cache";
import { ALL_PAGES_TAG, pageTagsForPath } from "@/lib/page-tags/page-tags";
import { hashScriptPolicy } from "../csp/content-security-policy";
import type { GzipFrame } from "./gzip-frame";
import { gzipSharedPage } from "./gzip-shared-page";
import { isFreshCachedPage, isRenderBegunSince, processClockMs, remainingFreshnessMs, RENDERED_AT_HEADER, sharedMaxAgeMs } from "../next-adapter";

/** One page as the server answers it to any anonymous reader, ready to send. */
export interface MemorisedPage {
  status: number;
  /** Next's response headers, minus those that belong to one response (length, date, cookies…). */
  headers: Record<string, string>;
  /** The markup, for splicing a member's part in: decoded when asked (the heap keeps no copy). */
  readonly html: string;
  /** The markup's bytes: decompressed from gzip when asked, for a page kept compressed. */
  readonly body: Buffer;
  gzip: Buffer | null;
  /** An article page's shared parts around its rest, compressed: views into `gzip` (see gzip-shared-page). */
  frame: GzipFrame | null;
  /** Bytes the page holds in memory. */
  readonly keptBytes: number;
  /** The page's Content-Security-Policy: its own inline scripts by hash, so it never changes per response. */
  policy: string;
  /** Whether it may be kept and shared: a fresh copy from Next's page cache, public and with no cookie. */
  shareable: boolean;
}

export interface FetchedPage {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface PageMemoryOptions {
  /** Fetches the page from Next as a cookie-less reader would get it. */
  fetchPage: (path: string) => Promise<FetchedPage>;
  /** Bytes the kept pages may take in all (0: nothing is kept, every page is fetched). */
  maxBytes: number;
  /**
   * Longest a page is kept without a purge, capped further by what is left of its s-maxage
   * (a copy that does not say its age is kept for at most `unknownAgeMaxMs`).
   */
  maxAgeMs: number;
  unknownAgeMaxMs?: number;
  now?: () => number;
}

const DROPPED_HEADERS = new Set([
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
  "etag",
  "set-cookie",
  "content-security-policy",
  RENDERED_AT_HEADER,
]);

interface Entry {
  page: MemorisedPage;
  tags: readonly string[];
}

/**
 * The production server's memory of its shared pages (article, front and listing pages as
 * an anonymous reader gets them): served without entering Next at all, and the page a
 * member's article is spliced into. A page is dropped when a save purges one of its tags
 * (lib/page-tags; on every instance, see server/cache/page-store) or when its s-maxage runs
 * out; a page still being fetched is fetched once for everyone asking.
 *
 * Kept on lru-cache (bounded in bytes, per-entry ttl). Its fetchMethod is not used for the
 * coalescing: a fetched page must be answered even when it may not be kept (not fresh from
 * Next's page cache, or purged while in flight), which fetchMethod cannot express.
 */
export class PageMemory {
  private readonly entries: LRUCache<string, Entry> | null;
  private readonly inFlight = new Map<string, Promise<MemorisedPage>>();
  /** Purges are numbered; a fetch begun before the last purge of one of its tags is not kept. */
  private purges = 0;
  private readonly purgedAt = new Map<string, number>();
  private keeping = true;
  private readonly purgeListeners: ((tags: readonly string[]) => void)[] = [];
  private readonly now: () => number;

  constructor(private readonly options: PageMemoryOptions) {
    this.now = options.now ?? Date.now;
    this.entries =
      options.maxBytes > 0
        ? new LRUCache<string, Entry>({ maxSize: options.maxBytes, sizeCalculation: (e) => pageBytes(e.page), perf: { now: this.now }, ttlResolution: 0 })
        : null;
  }

  /** The kept page for `path`, if it is still good. */
  peek(path: string): MemorisedPage | undefined {
    return this.entries?.get(path)?.page;
  }

  /** The page for `path`: kept, or fetched (and kept when it may be). */
  get(path: string): Promise<MemorisedPage> {
    const kept = this.peek(path);
    if (kept) return Promise.resolve(kept);
    let pending = this.inFlight.get(path);
    if (!pending) {
      const fetching = this.fetchAndKeep(path).finally(() => {
        if (this.inFlight.get(path) === fetching) this.inFlight.delete(path);
      });
      this.inFlight.set(path, fetching);
      pending = fetching;
    }
    return pending;
  }

  /** Also tells `listener` of every purge (pages kept beside this memory, such as the not-found page). */
  onPurge(listener: (tags: readonly string[]) => void): void {
    this.purgeListeners.push(listener);
  }

  /** Whether pages may be kept now (see setKeeping). */
  get isKeeping(): boolean {
    return this.keeping;
  }

  /** Forgets every page showing one of `tags`: an editor changed what they show. */
  purge(tags: readonly string[]): void {
    for (const listener of this.purgeListeners) listener(tags);
    const at = ++this.purges;
    const purged = new Set(tags);
    for (const tag of purged) this.purgedAt.set(tag, at);
    for (const [path, entry] of this.entries?.entries() ?? []) if (entry.tags.some((t) => purged.has(t))) this.entries?.delete(path);
    // Requests from now on must not join a fetch begun before the purge.
    for (const path of [...this.inFlight.keys()]) if (pageTagsForPath(path).some((t) => purged.has(t))) this.inFlight.delete(path);
    // Bounded: forgetting old purges is safe once every page counts as purged now.
    if (this.purgedAt.size > 100_000) {
      this.purgedAt.clear();
      this.purgedAt.set(ALL_PAGES_TAG, at);
    }
  }

  /**
   * Whether pages may be kept: not while the instance cannot hear of other instances'
   * purges (Redis unreachable). Pages are still answered, fetched each time.
   */
  setKeeping(keeping: boolean): void {
    if (!keeping) this.purge([ALL_PAGES_TAG]);
    this.keeping = keeping;
  }

  get size(): number {
    return this.entries?.size ?? 0;
  }

  private async fetchAndKeep(path: string): Promise<MemorisedPage> {
    const started = this.purges;
    const askedAt = processClockMs();
    const fetched = await this.options.fetchPage(path);
    const page = memorisePage(fetched, askedAt);
    const tags = pageTagsForPath(path);
    // Purges drop a kept page at once; its age only bounds how long an unpurged copy lives,
    // so an archived piece read every few minutes stays in memory instead of being fetched each time.
    const fresh = remainingFreshnessMs(fetched.headers, this.now()) ?? Math.min(this.options.unknownAgeMaxMs ?? 30_000, sharedMaxAgeMs(page.headers["cache-control"]));
    const maxAge = Math.min(this.options.maxAgeMs, fresh);
    const purgedSince = tags.some((t) => (this.purgedAt.get(t) ?? 0) > started);
    if (this.entries && page.shareable && maxAge > 0 && this.keeping && !purgedSince) this.entries.set(path, { page, tags }, { ttl: maxAge });
    return page;
  }

}

/**
 * A fetched page, with what sending it takes worked out once. `askedAt` (processClockMs): when
 * the page was asked for, for a render's own answer to count as fresh if it began after.
 */
export function memorisePage(fetched: FetchedPage, askedAt = Infinity): MemorisedPage {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(fetched.headers)) {
    if (value === undefined || DROPPED_HEADERS.has(name)) continue;
    headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  const raw = Buffer.from(fetched.body, "utf8");
  const policy = hashScriptPolicy(fetched.body);
  const isHtml = (headers["content-type"] ?? "").startsWith("text/html");
  const shareable = fetched.status === 200 && isHtml && isPublicCachedPage(fetched.headers, askedAt);
  // Compressed once here, not for every reader; and then kept compressed only (a fifth of the
  // bytes, so the memory holds five times the pages of a long archive): the rare reader who
  // refuses gzip, and a member's splice, decompress it (~0.1 ms for a 60 KB page).
  const { gzip, frame } = shareable && raw.length > 1024 ? gzipSharedPage(fetched.body, raw) : { gzip: null, frame: null };
  // The closures below capture only what is kept: closing over `raw` as well kept every page's
  // uncompressed bytes alive beside its gzip (five times what the budget counted).
  const kept = gzip ?? raw;
  const compressed = gzip !== null;
  const body = () => (compressed ? gunzipSync(kept) : kept);
  return {
    status: fetched.status,
    headers,
    get html() {
      return body().toString("utf8");
    },
    get body() {
      return body();
    },
    gzip,
    frame,
    keptBytes: kept.length,
    policy,
    shareable,
  };
}

/**
 * The page's gzip; an article page's is laid out as a frame around its rest (one deflate of
 * the page serves its anonymous readers and every member's splice), a few per cent larger
 * than one stream since the end cannot refer back to the beginning.
 */
/**
 * A fresh copy out of Next's page cache (HIT: the cache checked it against every purge), or a
 * render that began after the page was asked for and that the cache took (a purge since is
 * caught by the caller's purge count); public and cookie-free. Any other MISS may come from a
 * render begun before a save, handed to this request.
 */
function isPublicCachedPage(headers: FetchedPage["headers"], askedAt: number): boolean {
  const cacheControl = String(headers["cache-control"] ?? "");
  return (isFreshCachedPage(headers) || isRenderBegunSince(headers, askedAt)) && headers["set-cookie"] === undefined && /\bs-maxage=\d+/.test(cacheControl) && !/\b(private|no-store)\b/.test(cacheControl);
}

function pageBytes(page: MemorisedPage): number {
  return page.keptBytes + page.policy.length + 1024;
}
