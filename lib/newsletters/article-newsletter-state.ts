import { and, eq, like } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articles, emailIssues } from "@/db/schema";
import { isPublishedRow } from "@/lib/articles/published";

/** Whether a piece can be sent (published) and the newsletters it was sent to already. */
export async function articleNewsletterState(db: Database, articleId: number, now: Date): Promise<{ isPublished: boolean; sentTo: number[] }> {
  const [piece] = await db.select({ status: articles.status, publishedAt: articles.publishedAt }).from(articles).where(eq(articles.id, articleId)).limit(1);
  const sent = await db
    .select({ newsletterId: emailIssues.newsletterId })
    .from(emailIssues)
    .where(and(eq(emailIssues.kind, "article"), like(emailIssues.dedupeKey, `article:%:${articleId}`)));
  return { isPublished: piece ? isPublishedRow(piece, now) : false, sentTo: sent.flatMap((s) => (s.newsletterId === null ? [] : [s.newsletterId])) };
}
