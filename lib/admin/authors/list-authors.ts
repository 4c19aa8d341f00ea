import { asc, count, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articleAuthors, authors, users } from "@/db/schema";

/** Author profiles with their linked account and how many pieces carry their byline. */
export async function listAuthors(db: Database) {
  return db
    .select({ id: authors.id, slug: authors.slug, name: authors.name, roleLine: authors.roleLine, bio: authors.bio, photo: authors.photo, userEmail: users.email, pieces: count(articleAuthors.articleId) })
    .from(authors)
    .leftJoin(users, eq(authors.userId, users.id))
    .leftJoin(articleAuthors, eq(articleAuthors.authorId, authors.id))
    .groupBy(authors.id, users.email)
    .orderBy(asc(authors.name));
}
