import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articles } from "@/db/schema";
import { isPublishedSql } from "./published";

/**
 * Whether an anonymous reader's article address names a piece (published and due): one
 * indexed lookup, so an unknown address can be answered 404 without rendering anything.
 */
export async function isPublishedSlug(db: Database, slug: string, now: Date): Promise<boolean> {
  const rows = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.slug, slug), isPublishedSql(now)))
    .limit(1);
  return rows.length > 0;
}
