import type { IncomingMessage, ServerResponse } from "node:http";
import { serialize as serializeCookie } from "cookie";
import Negotiator from "negotiator";
import type { Database } from "@/db/client";
import { METER_COOKIE, METER_COOKIE_MAX_AGE_S } from "@/lib/access/meter/meter-cookie";
import { ANONYMOUS, type InstitutionGrant } from "@/lib/access/types";
import { personaliseArticlePage } from "@/lib/articles/personalise-article-page";
import { loadSessionMember } from "@/lib/auth/load-viewer";
import { dropSessionHandoff, handOffSession, SESSION_HANDOFF_HEADER } from "@/lib/auth/session-handoff";
import { env } from "@/lib/env";
import { renderSearchResults } from "@/lib/search/render-search-results";
import { getSiteIdentity } from "@/lib/settings/site-identity";
import { searchOutcome, shownQuery } from "@/lib/search/search-outcome";

import { PAGE_CACHE_HEADERS } from "../next-adapter";
import { SEARCH_SHELL_PATH } from "../route-table";
import { gzipPersonalPage } from "./article-frames";
import type { MemorisedPage, PageMemory } from "./page-memory";
import { searchPageForReader } from "./search-frames";

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

/** Sends one reader's copy of a shared page: its headers, but never cacheable; the page as markup, or compressed already. */
function sendPrivatePage(response: ServerResponse, status: number, shared: MemorisedPage, page: { html: string } | { gzip: Buffer }, setCookie?: string): void {
  const gzip = "gzip" in page ? page.gzip : null;
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(shared.headers)) if (!SHARED_ONLY_HEADERS.has(name)) headers[name] = value;
  response.writeHead(status, {
    ...headers,
    "content-type": "text/html; charset=utf-8",
    "cache-control": "private, no-store",
    // What is spliced in holds no script: the shared page's hashes allow every script it has.
    "content-security-policy": shared.policy,
    ...(setCookie && { "set-cookie": setCookie }),
    ...(gzip && { "content-encoding": "gzip", "content-length": gzip.length, vary: "Accept-Encoding" }),
  });
  response.end("gzip" in page ? page.gzip : page.html);
}

/** A shared page's headers that do not belong on one reader's private copy. */
const SHARED_ONLY_HEADERS = new Set<string>(["cache-control", "vary", ...PAGE_CACHE_HEADERS]);

/**
 * One reader's article (lib/articles/personalise-article-page) on the kept shared page: a
 * signed-in reader's, or a metered anonymous reader's (whose new meter goes with it as a
 * signed HttpOnly cookie). Answers false, having sent nothing, for staff and authors, whose
 * page Next renders.
 */
export async function servePersonalArticle(
  request: IncomingMessage,
  response: ServerResponse,
  route: { slug: string; token: string; meterCookie?: string; gift?: string },
  deps: { db: Database; memory: PageMemory; institution?: InstitutionGrant | null },
): Promise<boolean> {
  let shared: MemorisedPage | undefined;
  let kept = false;
  const config = env();
  const page = await personaliseArticlePage(deps.db, {
    slug: route.slug,
    token: route.token,
    now: new Date(),
    userAgent: request.headers["user-agent"] ?? null,
    meterCookie: route.meterCookie,
    gift: route.gift,
    institution: deps.institution ?? undefined,
    secret: config.AUTH_SECRET ?? null,
    sharedPage: async (path) => {
      shared = await deps.memory.get(path);
      kept = deps.memory.peek(path) === shared;
      const page = shared;
      // Decompressed only if read: a page sent around the reader's part (gzip-frame) never is.
      return {
        status: page.status,
        get body() {
          return page.html;
        },
      };
    },
  });
  if (page.kind === "render-per-request") {
    // Next renders it: the session looked up here goes with the request, not looked up again.
    const id = handOffSession(page.member);
    request.headers[SESSION_HANDOFF_HEADER] = id;
    response.once("close", () => dropSessionHandoff(id));
    return false;
  }
  if (!shared) return false;
  const cookie =
    page.meterCookie &&
    serializeCookie(METER_COOKIE, page.meterCookie, { httpOnly: true, sameSite: "lax", secure: config.isHttps, path: "/", maxAge: METER_COOKIE_MAX_AGE_S });
  const gzip = page.rest === undefined ? null : gzipPersonalPage(request, shared, page.rest, kept);
  // The whole page is made (the kept gzip inflated, the rest spliced in) only when it is sent as it is.
  sendPrivatePage(response, page.status, shared, gzip ? { gzip } : { html: page.html }, cookie || undefined);
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
  const [shared, member, identity] = await Promise.all([
    deps.memory.get(SEARCH_SHELL_PATH),
    loadSessionMember(deps.db, route.token, { now, userAgent: request.headers["user-agent"] ?? null }),
    getSiteIdentity(deps.db),
  ]);
  const all = (name: string) => {
    const values = route.params.getAll(name);
    return values.length > 1 ? values : values[0];
  };
  const outcome = await searchOutcome(deps.db, { q: all("q"), page: all("page"), viewer: member?.viewer ?? ANONYMOUS, now, locale: identity.language });
  if (shared.status !== 200) return false;
  const page = searchPageForReader(request, shared, deps.memory.peek(SEARCH_SHELL_PATH) === shared, {
    resultsHtml: renderSearchResults(outcome, { spliced: true, locale: identity.language }),
    query: shownQuery(outcome),
  });
  if (!page) return false;
  sendPrivatePage(response, 200, shared, page);
  return true;
}
