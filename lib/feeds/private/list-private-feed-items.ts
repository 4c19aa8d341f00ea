import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articleAuthors, articles, authors } from "@/db/schema";
import { decideAccess } from "@/lib/access/decide-access";
import type { Viewer } from "@/lib/access/types";
import type { Locale } from "@/lib/i18n/locales";
import { listArticles } from "@/lib/articles/list-articles";
import { forSubscribersLine, type FeedItem } from "../build-feed";

/**
 * A member's private feed: the latest pieces, each with the full text when decideAccess
 * allows this member as of `now` (their grants as loaded for this request), else the
 * teaser and a line saying it is for subscribers. The gated column is read only for the
 * pieces allowed, as on the article page (lib/articles/load-gated-html). No meter: a feed
 * reader does not spend the member's free articles.
 */
export async function listPrivateFeedItems(db: Database, options: { viewer: Viewer; now: Date; limit: number; siteUrl: string; locale?: Locale }): Promise<FeedItem[]> {
  const cards = await listArticles(db, { limit: options.limit, offset: 0, now: options.now });
  if (cards.length === 0) return [];
  const ids = cards.map((c) => c.id);
  const memberId = options.viewer.kind === "member" ? options.viewer.id : null;
  const [teasers, own] = await Promise.all([
    db.select({ id: articles.id, html: articles.teaserHtml }).from(articles).where(inArray(articles.id, ids)),
    memberId
      ? db
          .select({ id: articleAuthors.articleId })
          .from(articleAuthors)
          .innerJoin(authors, eq(articleAuthors.authorId, authors.id))
          .where(and(inArray(articleAuthors.articleId, ids), eq(authors.userId, memberId)))
      : Promise.resolve([]),
  ]);
  const ownIds = new Set(own.map((r) => r.id));
  const allowed = new Set(
    cards.filter((c) => decideAccess(options.viewer, c.requirement, { now: options.now, isPublished: true, isOwnArticle: ownIds.has(c.id) }).allowed).map((c) => c.id),
  );
  const gated = allowed.size > 0 ? await db.select({ id: articles.id, html: articles.gatedHtml }).from(articles).where(inArray(articles.id, [...allowed])) : [];
  const teaserOf = new Map(teasers.map((t) => [t.id, t.html]));
  const gatedOf = new Map(gated.map((g) => [g.id, g.html]));
  return cards.map((card) => {
    const teaser = teaserOf.get(card.id) ?? "";
    if (allowed.has(card.id)) return { card, content: teaser + (gatedOf.get(card.id) ?? ""), forSubscribers: false };
    const line = forSubscribersLine(`${options.siteUrl}/articles/${card.slug}`, options.locale);
    return { card, content: `${teaser}<p>${escapeHtml(line)}</p>`, forSubscribers: true };
  });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
