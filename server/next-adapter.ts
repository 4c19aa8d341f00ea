/*
 * Every Next.js internal the serving layer depends on, in one place. Nothing else in
 * server/ reads Next's private headers, cache shapes or file layout.
 *
 * On a Next upgrade, re-check (server/next-adapter.test.ts fails loudly on most of them):
 * 1. The programmatic server: `next({ dev, dir, hostname, port }).getRequestHandler()`.
 * 2. Response headers of a page served from the page cache: `x-nextjs-cache` (HIT, MISS,
 *    STALE) and `Cache-Control: s-maxage=N` (read by the page memory to decide what it keeps).
 * 3. Request headers of the client router and server actions (`rsc`, `next-router-*`,
 *    `next-action`): such requests want an RSC payload, never a kept HTML page.
 * 4. The nonce: Next stamps scripts it renders with the nonce of the request's
 *    `Content-Security-Policy` header (`'nonce-…'` in script-src).
 * 5. The cache handler interface (`cacheHandler` in next.config.ts): a class with
 *    get(key, ctx), set(key, value, ctx), revalidateTag(tags, durations?),
 *    resetRequestCache(); values of kind APP_PAGE / APP_ROUTE carry `status` and `headers`.
 * 6. The shape of a response-cache key (Next 16.4: `/route-cache/<kind>/<sha256>/$<path>`,
 *    next/dist/server/lib/route-cache-key): the page's path is read from it.
 * 7. The build phase name `phase-production-build` (process.env.NEXT_PHASE while prerendering).
 * 8. Headers of a cached value are sent with the page when Next serves it from the page cache
 *    (app-page-runtime: `cachedData.headers` appended to the response): the cache handler
 *    adds the time the page's render began, so the page memory knows the copy's age.
 * 9. The build's final configuration in `.next/required-server-files.json` (`config`), and
 *    `__NEXT_PRIVATE_STANDALONE_CONFIG`, through which Next's standalone server.js hands it to
 *    Next instead of loading next.config (server/next-server-settings adds the server's own).
 * 10. A render's own answer (MISS) is the value handed to the cache handler's set(), awaited
 *    before the answer is sent, with the same headers object (response-cache/index.js
 *    handleRevalidate, utils.js toResponseCacheEntry): the handler stamps on it when the render
 *    began, so the page memory may keep a render that began after it asked.
 * 11. patches/next+16.4.6.patch: IncrementalCache.set measures a value's JSON size only where
 *    Next's fetch-cache limit applies (never with a custom cache handler); re-make or drop it.
 */
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import type { Duplex } from "node:stream";

type RequestHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;
type UpgradeHandler = (request: IncomingMessage, socket: Duplex, head: Buffer) => void;

/** 1. Next's request handler for a production (or development) server, and its WebSocket upgrades (development's hot reload). */
export async function createNextHandler(options: { dev: boolean; dir: string; hostname: string; port: number }): Promise<{ handle: RequestHandler; upgrade?: UpgradeHandler }> {
  const { default: next } = await import("next");
  const app = next(options);
  await app.prepare();
  const upgrade = app.getUpgradeHandler() as unknown as UpgradeHandler;
  return { handle: app.getRequestHandler() as RequestHandler, upgrade: (request, socket, head) => void upgrade(request, socket, head) };
}

/**
 * 9. Has the production server's Next take its configuration as Next's standalone server does:
 * the build's, plus `serverSettings`, without loading next.config.ts. Loading it, Next compiles
 * the TypeScript file with its SWC binding, whose native library then stays in the server's
 * memory for good (~27 MB resident, a tenth of the server). A configuration already handed
 * over (a standalone deployment) is left alone. The project's .env files are read as Next
 * reads them with its configuration.
 */
export function takeBuiltNextConfig(dir: string, serverSettings: Record<string, unknown>, env: NodeJS.ProcessEnv = process.env): void {
  if (env.__NEXT_PRIVATE_STANDALONE_CONFIG) return;
  const built = (JSON.parse(readFileSync(path.join(dir, ".next", "required-server-files.json"), "utf8")) as { config?: Record<string, unknown> }).config;
  if (!built) throw new Error(".next/required-server-files.json holds no configuration: run `npm run build` again.");
  env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify({ ...built, ...serverSettings });
  // Next's own dependency, resolved from Next as Next resolves it.
  const fromNext = createRequire(createRequire(import.meta.url).resolve("next/package.json"));
  (fromNext("@next/env") as { loadEnvConfig: (dir: string, dev: boolean) => unknown }).loadEnvConfig(dir, false);
}

/**
 * This process's clock in ms since the epoch, below the millisecond: what a render's own answer
 * is stamped with (10), compared with the moment the page memory asked for the page.
 */
export function processClockMs(): number {
  return performance.timeOrigin + performance.now();
}

/**
 * 10. Whether a response is a render that began after `askedAt` (processClockMs) and whose page
 * Next's cache took: as fresh as a copy out of the cache would have been. A render that began
 * earlier, which Next hands to every request for the page meanwhile, may predate a save.
 */
export function isRenderBegunSince(headers: Record<string, string | string[] | undefined>, askedAt: number): boolean {
  const begun = Number(headers[RENDERED_AT_HEADER]);
  return headers["x-nextjs-cache"] === "MISS" && Number.isFinite(begun) && begun > askedAt;
}

/** 10. Stamps a render's value, as Next will send it, with when the render began (processClockMs). */
export function stampRenderBegun(value: NextCacheValue, begunAt: number): void {
  if (!isResponseValue(value)) return;
  // The same object Next sends the answer's headers from (10), hence mutated in place.
  if (value.headers) value.headers[RENDERED_AT_HEADER] = String(begunAt);
  else value.headers = { [RENDERED_AT_HEADER]: String(begunAt) };
}

/** 2. Whether a response came out of Next's page cache as a fresh (HIT) copy. */
export function isFreshCachedPage(headers: Record<string, string | string[] | undefined>): boolean {
  return headers["x-nextjs-cache"] === "HIT";
}

/** 2. Whether a response (being sent) is a page Next took out of its page cache (rendered for another request). */
export function isCachedPageResponse(verdict: unknown): boolean {
  return verdict === "HIT" || verdict === "STALE";
}

/** 2. The response's s-maxage in ms (0 when it has none). */
export function sharedMaxAgeMs(cacheControl: string | undefined): number {
  const seconds = /\bs-maxage=(\d+)/.exec(cacheControl ?? "")?.[1];
  return seconds ? Number(seconds) * 1000 : 0;
}

/** 2. Headers Next adds to a cached page that belong to no reader's private copy. */
export const PAGE_CACHE_HEADERS = ["x-nextjs-cache", "x-nextjs-prerender", "x-nextjs-stale-time", "x-next-cache-tags"] as const;

/** 3. Request headers of Next's client router and server actions. */
export const ROUTER_REQUEST_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action"] as const;

/** 3. Whether a request comes from Next's client router or a server action. */
export function isRouterRequest(request: Pick<IncomingMessage, "headers">): boolean {
  return ROUTER_REQUEST_HEADERS.some((name) => request.headers[name] !== undefined);
}

/** 4. Hands a nonce to Next's renderer for this request. */
export function giveNonceToNext(request: Pick<IncomingMessage, "headers">, policy: string): void {
  request.headers["content-security-policy"] = policy;
}

/** 5. A value Next asks its cache handler to keep. */
export interface NextCacheValue {
  kind: string;
  status?: number;
  headers?: Record<string, string | string[] | undefined>;
}

/** 8. The header carrying when a cached page's render began (ms since the epoch). */
export const RENDERED_AT_HEADER = "x-lede-rendered-at";

/** 8. The value as Next should send it: its headers also say when its render began. */
export function withRenderedAt<T extends NextCacheValue | null>(value: T, renderedFrom: number): T {
  if (!value || !isResponseValue(value)) return value;
  return { ...value, headers: { ...value.headers, [RENDERED_AT_HEADER]: String(renderedFrom) } };
}

/**
 * 2 and 8. How much longer a page Next served from its cache stays fresh: its s-maxage less the
 * age of the copy; null when the response does not say when its render began.
 */
export function remainingFreshnessMs(headers: Record<string, string | string[] | undefined>, now: number): number | null {
  const renderedAt = Number(headers[RENDERED_AT_HEADER]);
  if (!Number.isFinite(renderedAt) || renderedAt <= 0) return null;
  const cacheControl = headers["cache-control"];
  return Math.max(0, sharedMaxAgeMs(Array.isArray(cacheControl) ? cacheControl.join(", ") : cacheControl) - Math.max(0, now - renderedAt));
}

/** 5. The tags Next stored with a page (its path and layouts as `_N_T_…`). */
export function nextTagsOf(value: NextCacheValue | null): string[] {
  const header = value?.headers?.["x-next-cache-tags"];
  return typeof header === "string" && header ? header.split(",") : [];
}

/** 5. Whether the value is a rendered page or route answer (not a data-cache entry). */
export function isResponseValue(value: NextCacheValue | null): boolean {
  return value?.kind === "APP_PAGE" || value?.kind === "APP_ROUTE" || value?.kind === "PAGES";
}

/** 6. The page path a response-cache key stands for ("/articles/x"), or null for other keys. */
export function pagePathOfCacheKey(key: string): string | null {
  const at = key.indexOf("/$");
  if (!key.startsWith("/route-cache/") || at < 0) return key.startsWith("/") ? normalisePagePath(key) : null;
  return normalisePagePath(key.slice(at + 2));
}

/** 6. The address of Next's not-found page, which Next answers (404) as it answers any unknown address. */
export const NOT_FOUND_PAGE_PATH = "/_not-found";

/** 6. Whether a cached page is Next's not-found or error page (served for any unknown address). */
export function isNotFoundPage(path: string): boolean {
  return path === "/_not-found" || path === "/_error" || path === "/404" || path === "/500";
}

/** Next writes the front page as "/index". */
function normalisePagePath(path: string): string {
  return path === "/index" ? "/" : path;
}

/** 7. Whether this process is `next build` prerendering pages (lib/env keeps its own copy: lib never imports server/). */
export function isBuildPhase(env: Record<string, string | undefined>): boolean {
  return env.NEXT_PHASE === "phase-production-build";
}
