import { gzipSync } from "node:zlib";
import { hashScriptPolicy, stripScriptNonces } from "../csp/content-security-policy";

/** One page as the server answers it to any anonymous reader, ready to send. */
export interface MemorisedPage {
  status: number;
  /** Next's response headers, minus those that belong to one response (length, date, cookies…). */
  headers: Record<string, string>;
  /** The markup, for splicing a member's part in: decoded from body when asked (the heap keeps no copy). */
  readonly html: string;
  body: Buffer;
  gzip: Buffer | null;
  /** The page's Content-Security-Policy: its own inline scripts by hash, so it never changes per response. */
  policy: string;
  /** Whether it may be kept and shared: a page from Next's page cache, public and with no cookie. */
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
  /** Bytes the kept pages may take in all. */
  maxBytes: number;
  /** Longest a page is kept without a purge (capped further by its s-maxage). */
  maxAgeMs: number;
  now?: () => number;
}

/**
 * After a purge, pages fetched this long are answered but not kept: Next applies an
 * editor's revalidation just after the save's response (in waitUntil), so a page fetched
 * in between may still be the old one.
 */
export const QUIET_AFTER_PURGE_MS = 1_000;

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
]);

interface Entry {
  page: MemorisedPage;
  expiresAt: number;
  bytes: number;
}

/**
 * The production server's memory of its shared pages (article, front and listing pages as
 * an anonymous reader gets them): served without entering Next at all, and the page a
 * member's article is spliced into. Kept until an editor's save purges them (on every
 * instance, see server/cache/page-change-feed.mjs) or their s-maxage runs out, whichever
 * comes first; a page still being fetched is fetched once for everyone asking.
 */
export class PageMemory {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<MemorisedPage>>();
  private bytes = 0;
  private generation = 0;
  private quietUntil = 0;
  private keeping = true;
  private readonly now: () => number;

  constructor(private readonly options: PageMemoryOptions) {
    this.now = options.now ?? Date.now;
  }

  /** The kept page for `path`, if it is still good. */
  peek(path: string): MemorisedPage | undefined {
    const entry = this.entries.get(path);
    if (!entry) return undefined;
    if (entry.expiresAt > this.now()) return entry.page;
    this.drop(path, entry);
    return undefined;
  }

  /** The page for `path`: kept, or fetched (and kept when shareable). */
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

  /** Forgets every page: something they show has changed. */
  purge(): void {
    this.forgetAll();
    this.quietUntil = this.now() + QUIET_AFTER_PURGE_MS;
  }

  /**
   * Whether pages may be kept: not while the instance cannot hear of other instances'
   * changes (Redis unreachable). Pages are still answered, fetched each time.
   */
  setKeeping(keeping: boolean): void {
    if (!keeping) this.forgetAll();
    this.keeping = keeping;
  }

  private forgetAll(): void {
    this.entries.clear();
    this.inFlight.clear();
    this.bytes = 0;
    this.generation++;
  }

  get size(): number {
    return this.entries.size;
  }

  private async fetchAndKeep(path: string): Promise<MemorisedPage> {
    const generation = this.generation;
    const started = this.now();
    const fetched = await this.options.fetchPage(path);
    const page = memorisePage(fetched);
    const maxAge = Math.min(this.options.maxAgeMs, sharedMaxAgeMs(page.headers["cache-control"]));
    if (page.shareable && maxAge > 0 && this.keeping && generation === this.generation && started >= this.quietUntil) {
      this.keep(path, { page, expiresAt: this.now() + maxAge, bytes: pageBytes(page) });
    }
    return page;
  }

  private keep(path: string, entry: Entry): void {
    const old = this.entries.get(path);
    if (old) this.drop(path, old);
    if (entry.bytes > this.options.maxBytes) return;
    this.entries.set(path, entry);
    this.bytes += entry.bytes;
    // Oldest first: Map iteration follows insertion.
    for (const [key, e] of this.entries) {
      if (this.bytes <= this.options.maxBytes) break;
      this.drop(key, e);
    }
  }

  private drop(path: string, entry: Entry): void {
    this.entries.delete(path);
    this.bytes -= entry.bytes;
  }
}

/** A fetched page, with what sending it takes worked out once. */
export function memorisePage(fetched: FetchedPage): MemorisedPage {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(fetched.headers)) {
    if (value === undefined || DROPPED_HEADERS.has(name)) continue;
    headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  const html = stripScriptNonces(fetched.body);
  const body = Buffer.from(html, "utf8");
  const policy = hashScriptPolicy(html);
  const isHtml = (headers["content-type"] ?? "").startsWith("text/html");
  const shareable = fetched.status === 200 && isHtml && isFromPageCache(fetched.headers);
  return {
    status: fetched.status,
    headers,
    get html() {
      return body.toString("utf8");
    },
    body,
    // Compressed once here, not for every reader.
    gzip: shareable && body.length > 1024 ? gzipSync(body) : null,
    policy,
    shareable,
  };
}

function isFromPageCache(headers: FetchedPage["headers"]): boolean {
  const cacheControl = String(headers["cache-control"] ?? "");
  // A STALE copy is being rendered again: the next one will be fresher.
  const cached = headers["x-nextjs-cache"];
  return (cached === "HIT" || cached === "MISS") && headers["set-cookie"] === undefined && /\bs-maxage=\d+/.test(cacheControl) && !/\b(private|no-store)\b/.test(cacheControl);
}

/** The page's s-maxage in ms (0 when it has none). */
export function sharedMaxAgeMs(cacheControl: string | undefined): number {
  const seconds = /\bs-maxage=(\d+)/.exec(cacheControl ?? "")?.[1];
  return seconds ? Number(seconds) * 1000 : 0;
}

function pageBytes(page: MemorisedPage): number {
  return page.body.length + (page.gzip?.length ?? 0) + 1024;
}
