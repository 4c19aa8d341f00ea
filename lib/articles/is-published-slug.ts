import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articles } from "@/db/schema";
import { isPublishedSql } from "./published";

/** Built once per database: this lookup answers every unknown address, so it skips Drizzle's query building. */
const prepared = new WeakMap<Database, ReturnType<typeof prepare>>();

function prepare(db: Database) {
  return db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.slug, sql.placeholder("slug")), isPublishedSql(sql.placeholder("now"))))
    .limit(1)
    .prepare("lede_is_published_slug");
}

/**
 * Whether an anonymous reader's article address names a piece (published and due): one
 * indexed lookup, so an unknown address can be answered 404 without rendering anything.
 */
export async function isPublishedSlug(db: Database, slug: string, now: Date): Promise<boolean> {
  let statement = prepared.get(db);
  if (!statement) prepared.set(db, (statement = prepare(db)));
  // Placeholders skip the column's encoder: the time goes as text, as the drivers send a timestamp.
  const rows = await statement.execute({ slug, now: now.toISOString() });
  return rows.length > 0;
}
