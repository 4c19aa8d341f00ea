import { and, eq, lte, type Placeholder } from "drizzle-orm";
import { articles } from "@/db/schema";

/** Published and due: scheduled pieces appear at their time without a cron process. */
export function isPublishedSql(now: Date | Placeholder) {
  return and(eq(articles.status, "published"), lte(articles.publishedAt, now));
}

/** The same rule for a row already loaded. */
export function isPublishedRow(row: { status: string; publishedAt: Date | null }, now: Date): boolean {
  return row.status === "published" && row.publishedAt !== null && row.publishedAt.getTime() <= now.getTime();
}
