import type { IncomingMessage, ServerResponse } from "node:http";
import type { Database } from "@/db/client";
import { ANONYMOUS } from "@/lib/access/types";
import { personaliseArticlePage } from "@/lib/articles/personalise-article-page";
import { loadViewer, touchSessionIfStale } from "@/lib/auth/load-viewer";
import { renderSearchResults } from "@/lib/search/render-search-results";
import { searchOutcome, shownQuery } from "@/lib/search/search-outcome";
import { spliceSearchPage } from "@/lib/search/splice-search-page";
import { SESSION_COOKIE_PLAIN, SESSION_COOKIE_SECURE, sessionCookieName } from "@/lib/auth/session-cookie";
import { LOOPBACK_HEADER } from "./apply-script-nonces";
import type { MemorisedPage, PageMemory } from "./page-memory";

/*
 * The requests the production server answers from its page memory without entering Next:
 * the same pages, for the same requests, that next.config.ts' rewrites and Next's page
 * cache would serve. Everything else — client-side navigations (RSC), query strings, HEAD,
 * unusual characters, staff — goes to Next as before.
 */

const SLUG = "[a-z0-9][a-z0-9-]{0,199}";
const PAGE = "(?:/page/[1-9][0-9]{0,5})?";
/** The pages kept in Next's page cache for anonymous readers. */
const SHARED_PAGE = new RegExp(`^/(?:|articles/${SLUG}|(?:categories|tags|authors)/${SLUG}${PAGE}|latest${PAGE})$`);
const ARTICLE = new RegExp(`^/articles/(${SLUG})$`);
/** Headers of Next's client router and server actions: those requests want something else. */
const ROUTER_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action", LOOPBACK_HEADER];

/** The shared page a search's results are spliced into (app/(site)/shells/[name]). */
export const SEARCH_SHELL_PATH = "/shells/search";

export type PageMemoryRoute =
  | { kind: "shared"; path: string }
  | { kind: "member"; slug: string; token: string }
  | { kind: "search"; params: URLSearchParams; token: string };

/** Whether the page memory answers this request, and how. */
export function routeThroughPageMemory(request: Pick<IncomingMessage, "method" | "url" | "headers">): PageMemoryRoute | null {
  const url = request.url ?? "";
  if (request.method !== "GET") return null;
  for (const name of ROUTER_HEADERS) if (request.headers[name] !== undefined) return null;
  const cookies = parseCookies(request.headers.cookie);
  if (url === "/search" || url.startsWith("/search?")) {
    return { kind: "search", params: new URLSearchParams(url.slice("/search".length)), token: cookies.get(sessionCookieName()) ?? "" };
  }
  const path = url;
  if (path.includes("?") || !SHARED_PAGE.test(path)) return null;
  const slug = ARTICLE.exec(path)?.[1];
  // Only an article differs for a signed-in reader; the front page and listings are the same for all.
  if (slug && (cookies.has(SESSION_COOKIE_PLAIN) || cookies.has(SESSION_COOKIE_SECURE))) {
    return { kind: "member", slug, token: cookies.get(sessionCookieName()) ?? "" };
  }
  return { kind: "shared", path };
}

function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  if (!header) return cookies;
  for (const pair of header.split(";")) {
    const at = pair.indexOf("=");
    if (at < 0) continue;
    const name = pair.slice(0, at).trim();
    if (cookies.has(name)) continue;
    const raw = pair.slice(at + 1).trim();
    try {
      cookies.set(name, decodeURIComponent(raw));
    } catch {
      cookies.set(name, raw);
    }
  }
  return cookies;
}

/** Sends a kept page as it is, compressed once already when the reader accepts gzip. */
export function sendSharedPage(request: IncomingMessage, response: ServerResponse, page: MemorisedPage, fromMemory: boolean): void {
  const gzip = page.gzip && acceptsGzip(request.headers["accept-encoding"]) ? page.gzip : null;
  const body = gzip ?? page.body;
  const headers: Record<string, string | number> = {
    ...page.headers,
    "content-security-policy": page.policy,
    "content-length": body.length,
    "x-lede-page-memory": fromMemory ? "hit" : "miss",
  };
  if (page.gzip) {
    const vary = page.headers.vary ?? "";
    if (!/\baccept-encoding\b/i.test(vary)) headers.vary = vary ? `${vary}, Accept-Encoding` : "Accept-Encoding";
    if (gzip) headers["content-encoding"] = "gzip";
  }
  response.writeHead(page.status, headers);
  response.end(body);
}

function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(",") : (header ?? "");
  return /(?:^|,)\s*gzip\s*(?:,|$|;\s*q=(?:1|0?\.[0-9]*[1-9]))/i.test(value);
}

/** A shared page's headers that do not belong on one reader's private copy. */
function privateHeaders(shared: MemorisedPage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(shared.headers)) if (!SHARED_ONLY_HEADERS.has(name)) headers[name] = value;
  return {
    ...headers,
    "content-type": "text/html; charset=utf-8",
    "cache-control": "private, no-store",
    // What is spliced in holds no script: the shared page's hashes allow every script it has.
    "content-security-policy": shared.policy,
  };
}

const SHARED_ONLY_HEADERS = new Set(["cache-control", "vary", "x-nextjs-cache", "x-nextjs-prerender", "x-nextjs-stale-time", "x-next-cache-tags"]);

/**
 * A signed-in reader's article (lib/articles/personalise-article-page) on the kept shared
 * page. Answers false, having sent nothing, for staff and authors, whose page Next renders.
 */
export async function serveMemberArticle(
  request: IncomingMessage,
  response: ServerResponse,
  route: { slug: string; token: string },
  deps: { db: Database; memory: PageMemory },
): Promise<boolean> {
  let shared: MemorisedPage | undefined;
  const page = await personaliseArticlePage(deps.db, {
    slug: route.slug,
    token: route.token,
    now: new Date(),
    userAgent: request.headers["user-agent"] ?? null,
    sharedPage: async (path) => {
      shared = await deps.memory.get(path);
      return { status: shared.status, body: shared.html };
    },
  });
  if (page.kind === "render-per-request" || !shared) return false;
  response.writeHead(page.status, privateHeaders(shared));
  response.end(page.html);
  return true;
}

/**
 * A search page: the reader's results (at most three queries: session, then the search's
 * two) spliced into the shared search page. Answers false, having sent nothing, when that
 * page is not to be had; Next renders it then.
 */
export async function serveSearchPage(
  request: IncomingMessage,
  response: ServerResponse,
  route: { params: URLSearchParams; token: string },
  deps: { db: Database; memory: PageMemory },
): Promise<boolean> {
  const now = new Date();
  const [shared, member] = await Promise.all([deps.memory.get(SEARCH_SHELL_PATH), route.token ? loadViewer(deps.db, route.token, now) : null]);
  if (member) await touchSessionIfStale(deps.db, route.token, member, { now, userAgent: request.headers["user-agent"] ?? null });
  const all = (name: string) => {
    const values = route.params.getAll(name);
    return values.length > 1 ? values : values[0];
  };
  const outcome = await searchOutcome(deps.db, { q: all("q"), page: all("page"), viewer: member?.viewer ?? ANONYMOUS, now });
  const html = shared.status === 200 ? spliceSearchPage(shared.html, renderSearchResults(outcome, { spliced: true }), shownQuery(outcome)) : null;
  if (html === null) return false;
  response.writeHead(200, privateHeaders(shared));
  response.end(html);
  return true;
}
