import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { personaliseArticlePage } from "@/lib/articles/personalise-article-page";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { SHARED_PAGE_HEADER } from "@/server/csp/apply-script-nonces";
import { fetchOwnPage } from "@/server/page-memory/fetch-own-page";

/*
 * A document request for /articles/[slug] that carries a session cookie is rewritten here
 * (next.config.ts): the shared cached page with the reader's part put in, never cached.
 * Client-side navigations (RSC requests) go to the per-viewer page /m/articles/[slug].
 */
export const dynamic = "force-dynamic";

// The markup is a shared page's: the server gives its scripts this response's nonce.
const PRIVATE_HTML = { "content-type": "text/html; charset=utf-8", "cache-control": "private, no-store", [SHARED_PAGE_HEADER]: "1" };

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  try {
    const page = await personaliseArticlePage(await getDb(), {
      slug,
      token: request.cookies.get(sessionCookieName())?.value ?? "",
      now: new Date(),
      userAgent: request.headers.get("user-agent"),
      sharedPage: (path) => fetchOwnPage(path),
    });
    if (page.kind === "page") return new Response(page.html, { status: page.status, headers: PRIVATE_HTML });
    const rendered = await fetchOwnPage(`/m/articles/${encodeURIComponent(slug)}${request.nextUrl.search}`, {
      cookie: request.headers.get("cookie") ?? undefined,
    });
    return new Response(rendered.body, { status: rendered.status, headers: PRIVATE_HTML });
  } catch (e) {
    console.error("[lede] member article page failed:", e);
    return new Response("This page could not be loaded just now. Please reload in a moment.", {
      status: 503,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "private, no-store", "retry-after": "5" },
    });
  }
}
