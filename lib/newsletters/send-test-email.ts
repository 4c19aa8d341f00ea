import { translator } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/i18n/locales";
import type { Database } from "@/db/client";
import { enqueueIssue } from "./enqueue-issue";
import { digestArticleIds } from "./digest-article-ids";
import { loadNewsletter } from "./load-newsletter";

/**
 * "Send test to me": the newsletter's next issue (this piece, or the digest as it would be
 * now) to the editor alone, through the same outbox and rendering as the real one.
 */
export async function sendTestEmail(db: Database, o: { newsletterId: number; articleId: number | null; actorId: string; now: Date; locale?: Locale }): Promise<{ message: string }> {
  const newsletter = await loadNewsletter(db, o.newsletterId);
  const articleIds = o.articleId !== null ? [o.articleId] : await digestArticleIds(db, newsletter, o.now);
  await enqueueIssue(db, { kind: "test", newsletterId: newsletter.id, subject: `[Test] ${newsletter.name}`, articleIds, createdBy: o.actorId }, { userIds: [o.actorId] });
  return { message: translator(o.locale ?? "en", "admin")("api.testSent") };
}
