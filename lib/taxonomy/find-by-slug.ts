import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { authors, tags, type Author, type Tag } from "@/db/schema";
import { isValidSlug } from "@/lib/content/is-valid-slug";

export async function findAuthor(db: Database, slug: string): Promise<Author | null> {
  if (!isValidSlug(slug)) return null;
  const [row] = await db.select().from(authors).where(eq(authors.slug, slug)).limit(1);
  return row ?? null;
}

export async function findTag(db: Database, slug: string): Promise<Tag | null> {
  if (!isValidSlug(slug)) return null;
  const [row] = await db.select().from(tags).where(eq(tags.slug, slug)).limit(1);
  return row ?? null;
}
