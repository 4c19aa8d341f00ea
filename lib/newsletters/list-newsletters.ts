import { asc, count, desc, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { categories, emailDeliveries, emailIssues, newsletterOptIns, newsletters, type Newsletter } from "@/db/schema";

export interface NewsletterSummary extends Newsletter {
  subscribers: number;
}

/** Every newsletter with its number of subscribers, by name. */
export async function listNewsletters(db: Database): Promise<NewsletterSummary[]> {
  const subscribers = db.select({ newsletterId: newsletterOptIns.newsletterId, n: count().as("n") }).from(newsletterOptIns).groupBy(newsletterOptIns.newsletterId).as("subs");
  const rows = await db.select({ newsletter: newsletters, n: subscribers.n }).from(newsletters).leftJoin(subscribers, eq(subscribers.newsletterId, newsletters.id)).orderBy(asc(newsletters.name));
  return rows.map((r) => ({ ...r.newsletter, subscribers: Number(r.n ?? 0) }));
}

export interface IssueSummary {
  id: number;
  kind: string;
  subject: string;
  createdAt: Date;
  /** Deliveries by status: pending, sending, sent, bounced, failed, unconfirmed. */
  statuses: Record<string, number>;
}

/** The latest issues (of one newsletter, or segment messages when null) with their deliveries counted by status. */
export async function listIssues(db: Database, newsletterId: number | null, limit = 20): Promise<IssueSummary[]> {
  const where = newsletterId === null ? sql`${emailIssues.newsletterId} is null` : eq(emailIssues.newsletterId, newsletterId);
  const issues = await db
    .select({
      id: emailIssues.id,
      kind: emailIssues.kind,
      subject: emailIssues.subject,
      createdAt: emailIssues.createdAt,
      statuses: sql<Record<string, number> | null>`(select json_object_agg(s.status, s.n) from (select ${emailDeliveries.status} as status, count(*)::int as n from ${emailDeliveries} where ${emailDeliveries.issueId} = ${emailIssues.id} group by ${emailDeliveries.status}) s)`,
    })
    .from(emailIssues)
    .where(where)
    .orderBy(desc(emailIssues.id))
    .limit(limit);
  return issues.map((i) => ({ ...i, statuses: i.statuses ?? {} }));
}

/** The sections a newsletter can follow (categories), by name. */
export async function listSectionChoices(db: Database): Promise<{ value: string; label: string }[]> {
  const rows = await db.select({ id: categories.id, name: categories.name }).from(categories).orderBy(asc(categories.name));
  return rows.map((r) => ({ value: String(r.id), label: r.name }));
}
