import { and, count, eq, exists, inArray, isNotNull, notExists, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { emailDeliveries, emailIssues, emailSuppressions, newsletterOptIns, users } from "@/db/schema";
import { AppError } from "@/lib/errors";

export type IssueDraft = Omit<typeof emailIssues.$inferInsert, "id" | "createdAt">;

/** Who an issue goes to: a newsletter's subscribers, or the members named. */
export type Audience = { newsletterId: number } | { userIds: readonly string[] };

/**
 * Creates an issue and its outbox rows in one transaction: one row per recipient (the
 * unique key keeps it at most one), skipping members without an address and addresses
 * that bounced or complained. A second issue with the same dedupe key is a conflict.
 */
export async function enqueueIssue(db: Database, draft: IssueDraft, audience: Audience, onCreated?: (t: Database, issueId: number) => Promise<void>): Promise<{ issueId: number; recipients: number }> {
  return db.transaction(async (tx) => {
    const t = tx as unknown as Database;
    const [issue] = await t.insert(emailIssues).values(draft).onConflictDoNothing({ target: emailIssues.dedupeKey }).returning({ id: emailIssues.id });
    if (!issue) throw new AppError("CONFLICT", "This was sent to this newsletter already.");
    const notSuppressed = notExists(t.select({ one: sql`1` }).from(emailSuppressions).where(eq(emailSuppressions.email, users.email)));
    const audienceCondition =
      "newsletterId" in audience
        ? exists(t.select({ one: sql`1` }).from(newsletterOptIns).where(and(eq(newsletterOptIns.userId, users.id), eq(newsletterOptIns.newsletterId, audience.newsletterId))))
        : audience.userIds.length
          ? inArray(users.id, [...audience.userIds])
          : sql`false`;
    await t.execute(
      sql`insert into ${emailDeliveries} (issue_id, user_id, email) select ${issue.id}, ${users.id}, ${users.email} from ${users} where ${and(audienceCondition, isNotNull(users.email), notSuppressed)} on conflict do nothing`,
    );
    const [counted] = await t.select({ n: count() }).from(emailDeliveries).where(eq(emailDeliveries.issueId, issue.id));
    if (onCreated) await onCreated(t, issue.id);
    return { issueId: issue.id, recipients: counted?.n ?? 0 };
  });
}
