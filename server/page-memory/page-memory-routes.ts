import type { IncomingMessage, ServerResponse } from "node:http";
import { parse as parseCookies } from "cookie";
import Negotiator from "negotiator";
import type { Database } from "@/db/client";
import { ANONYMOUS } from "@/lib/access/types";
import { personaliseArticlePage } from "@/lib/articles/personalise-article-page";
import { loadSessionMember } from "@/lib/auth/load-viewer";
import { SESSION_COOKIE_PLAIN, SESSION_COOKIE_SECURE, sessionCookieName } from "@/lib/auth/session-cookie";
import { renderSearchResults } from "@/lib/search/render-search-results";
import { searchOutcome, shownQuery } from "@/lib/search/search-outcome";
import { spliceSearchPage } from "@/lib/search/splice-search-page";
import { LOOPBACK_HEADER } from "../csp/apply-script-nonces";
import type { MemorisedPage, PageMemory } from "./page-memory";

/*
 * The requests the production server answers from its page memory without entering Next:
 * the same pages, for the same requests, that next.config.ts' rewrites and Next's page
 * cache would serve. Everything else — client-side navigations (RSC), query strings, HEAD,
 * unusual characters, staff — goes to Next as before.
 */

// Lowercase ASCII slugs as they stand in a URL (any that lib/content/is-valid-slug accepts,
// imported ones with "--" too); percent-encoded or capitalised ones go to Next.
const SLUG = "[a-z0-9][a-z0-9_-]{0,199}";
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
  const cookies = parseCookies(request.headers.cookie ?? "");
  const token = cookies[sessionCookieName()] ?? "";
  if (url === "/search" || url.startsWith("/search?")) return { kind: "search", params: new URLSearchParams(url.slice("/search".length)), token };
  if (url.includes("?") || !SHARED_PAGE.test(url)) return null;
  const slug = ARTICLE.exec(url)?.[1];
  // Only an article differs for a signed-in reader; the front page and listings are the same for all.
  if (slug && (SESSION_COOKIE_PLAIN in cookies || SESSION_COOKIE_SECURE in cookies)) return { kind: "member", slug, token };
  return { kind: "shared", path: url };
}

/** Sends a kept page as it is, compressed once already when the reader accepts gzip. */
export function sendSharedPage(request: IncomingMessage, response: ServerResponse, page: MemorisedPage, fromMemory: boolean): void {
  const gzip = page.gzip && new Negotiator(request).encoding(["gzip"]) === "gzip" ? page.gzip : null;
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

/** Sends one reader's copy of a shared page: its headers, but never cacheable. */
function sendPrivatePage(response: ServerResponse, status: number, shared: MemorisedPage, html: string): void {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(shared.headers)) if (!SHARED_ONLY_HEADERS.has(name)) headers[name] = value;
  response.writeHead(status, {
    ...headers,
    "content-type": "text/html; charset=utf-8",
    "cache-control": "private, no-store",
    // What is spliced in holds no script: the shared page's hashes allow every script it has.
    "content-security-policy": shared.policy,
  });
  response.end(html);
}

/** A shared page's headers that do not belong on one reader's private copy. */
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
  sendPrivatePage(response, page.status, shared, page.html);
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
  const [shared, member] = await Promise.all([
    deps.memory.get(SEARCH_SHELL_PATH),
    loadSessionMember(deps.db, route.token, { now, userAgent: request.headers["user-agent"] ?? null }),
  ]);
  const all = (name: string) => {
    const values = route.params.getAll(name);
    return values.length > 1 ? values : values[0];
  };
  const outcome = await searchOutcome(deps.db, { q: all("q"), page: all("page"), viewer: member?.viewer ?? ANONYMOUS, now });
  const html = shared.status === 200 ? spliceSearchPage(shared.html, renderSearchResults(outcome, { spliced: true }), shownQuery(outcome)) : null;
  if (html === null) return false;
  sendPrivatePage(response, 200, shared, html);
  return true;
}
