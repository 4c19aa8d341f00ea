import { and, desc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articleRevisions, users } from "@/db/schema";
import type { ArticleRevision } from "@/db/schema";

export interface RevisionRow {
  id: number;
  version: number;
  kind: ArticleRevision["kind"];
  restoredFrom: number | null;
  title: string;
  editor: string;
  createdAt: Date;
}

/** An article's revisions, newest first (at most `limit`), with who saved each. */
export async function listRevisions(db: Database, articleId: number, limit = 100): Promise<RevisionRow[]> {
  const rows = await db
    .select({
      id: articleRevisions.id,
      version: articleRevisions.version,
      kind: articleRevisions.kind,
      restoredFrom: articleRevisions.restoredFrom,
      title: articleRevisions.title,
      name: users.name,
      email: users.email,
      createdAt: articleRevisions.createdAt,
    })
    .from(articleRevisions)
    .leftJoin(users, eq(articleRevisions.editorId, users.id))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.id))
    .limit(limit);
  return rows.map(({ name, email, ...r }) => ({ ...r, editor: name || email || "someone no longer on staff" }));
}

/** One revision of one article (null when it does not belong to that article). */
export async function loadRevision(db: Database, articleId: number, revisionId: number): Promise<ArticleRevision | null> {
  const [row] = await db
    .select()
    .from(articleRevisions)
    .where(and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, articleId)))
    .limit(1);
  return row ?? null;
}
