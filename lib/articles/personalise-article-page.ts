import { escapeAttribute } from "entities";
import type { Database } from "@/db/client";
import { decideAccess } from "@/lib/access/decide-access";
import { ANONYMOUS } from "@/lib/access/types";
import { loadSessionMember, type SignedInMember } from "@/lib/auth/load-viewer";
import { loadArticleAccess } from "./load-article-access";
import { loadGatedHtml } from "./load-gated-html";
import { renderArticleRest } from "./render-article-rest";
import { spliceArticleRest } from "./splice-article-rest";

export interface SharedPage {
  status: number;
  body: string;
}

export type PersonalisedPage =
  | { kind: "page"; status: number; html: string }
  /** Staff and authors may see drafts and their own pieces: their page is rendered for them. */
  | { kind: "render-per-request"; member: SignedInMember };

/**
 * A signed-in reader's article page without a second render: the shared page every
 * anonymous reader gets (from the page cache), with its rest — gated text or paywall box —
 * replaced after decideAccess. Database round-trips: the session with its entitlements,
 * the article's requirement, and — only when decideAccess allowed it — the gated part.
 */
export async function personaliseArticlePage(
  db: Database,
  options: { slug: string; token: string; now: Date; userAgent: string | null; sharedPage: (path: string) => Promise<SharedPage> },
): Promise<PersonalisedPage> {
  const { slug, token, now } = options;
  const member = await loadSessionMember(db, token, { now, userAgent: options.userAgent });
  if (member && member.viewer.role !== "reader") return { kind: "render-per-request", member };

  const shared = await options.sharedPage(`/articles/${encodeURIComponent(slug)}`);
  if (shared.status !== 200) return { kind: "page", status: shared.status, html: shared.body };
  const access = await loadArticleAccess(db, slug, now);
  if (!access) return { kind: "page", status: 200, html: shared.body };

  const decision = decideAccess(member?.viewer ?? ANONYMOUS, access.requirement, {
    now,
    isPublished: access.isPublished,
    isOwnArticle: false,
  });
  const rest = renderArticleRest(
    decision.allowed
      ? { kind: "full", gatedHtml: await loadGatedHtml(db, access.id) }
      : { kind: "paywall", requirement: access.requirement, decision, levelLabels: access.levelLabels },
    // Only a cookie that names no session means the session ended; no cookie at all is just a visitor.
    { slug, personalised: member !== null, noticeHtml: member || !token ? undefined : sessionEndedNotice(slug) },
  );
  return { kind: "page", status: 200, html: spliceArticleRest(shared.body, rest) ?? shared.body };
}

/** The cookie names a session that no longer exists: say so instead of silently showing the teaser. */
function sessionEndedNotice(slug: string): string {
  const signIn = escapeAttribute(`/signin?callbackUrl=${encodeURIComponent(`/articles/${slug}`)}`);
  return `<p class="notice" role="status">Your session has ended (signed out, revoked, or expired). <a href="${signIn}">Sign in again</a>.</p>`;
}
