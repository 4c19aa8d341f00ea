import { translator } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/i18n/locales";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articles, newsletters } from "@/db/schema";
import { recordAudit } from "@/lib/admin/audit/record-audit";
import { isPublishedRow } from "@/lib/articles/published";
import { AppError } from "@/lib/errors";
import { digestArticleIds } from "./digest-article-ids";
import { enqueueIssue } from "./enqueue-issue";
import { loadNewsletter } from "./load-newsletter";

export type IssueRequest = { kind: "article"; articleId: number } | { kind: "digest" };

/**
 * Puts an issue of a newsletter in the outbox for its subscribers: one published piece
 * (once per newsletter: a second send is a conflict), or a digest of the pieces since the
 * last digest (which then starts the next period). The background sender delivers it.
 */
export async function sendNewsletterIssue(db: Database, o: { newsletterId: number; request: IssueRequest; actorId: string; now: Date; locale?: Locale }): Promise<{ issueId: number; recipients: number; message: string }> {
  const newsletter = await loadNewsletter(db, o.newsletterId);
  let articleIds: number[];
  let subject: string;
  let dedupeKey: string;
  if (o.request.kind === "article") {
    const [piece] = await db.select({ id: articles.id, title: articles.title, status: articles.status, publishedAt: articles.publishedAt }).from(articles).where(eq(articles.id, o.request.articleId)).limit(1);
    if (!piece) throw new AppError("NOT_FOUND", "No such article.");
    if (!isPublishedRow(piece, o.now)) throw new AppError("CONFLICT", "Publish the piece before sending it.");
    articleIds = [piece.id];
    subject = piece.title;
    dedupeKey = `article:${newsletter.id}:${piece.id}`;
  } else {
    articleIds = await digestArticleIds(db, newsletter, o.now);
    if (articleIds.length === 0) throw new AppError("CONFLICT", "Nothing was published in its sections since the last digest.");
    subject = `${newsletter.name}: ${o.now.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })}`;
    dedupeKey = `digest:${newsletter.id}:${o.now.toISOString()}`;
  }
  const kind = o.request.kind;
  const result = await enqueueIssue(db, { kind, newsletterId: newsletter.id, subject, articleIds, dedupeKey, createdBy: o.actorId }, { newsletterId: newsletter.id }, async (t, issueId) => {
    if (kind === "digest") await t.update(newsletters).set({ lastDigestAt: o.now }).where(eq(newsletters.id, newsletter.id));
    await recordAudit(t, { actorId: o.actorId, action: `newsletter.send-${kind}`, targetType: "newsletter", targetId: newsletter.id, before: null, after: { issueId, articleIds } });
  });
  return { ...result, message: translator(o.locale ?? "en", "admin")("api.issueQueued", { count: result.recipients, name: newsletter.name }) };
}
