import { desc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articleRevisions } from "@/db/schema";
import type { Requirement } from "@/lib/access/types";

export type RevisionKind = "save" | "autosave" | "restore";

export interface RevisionInput {
  articleId: number;
  version: number;
  kind: RevisionKind;
  restoredFrom?: number;
  title: string;
  standfirst: string;
  bodyMarkdown: string;
  requirement: Requirement;
  neverMetered: boolean;
  editorId: string;
  now: Date;
}

/**
 * Keeps a revision of a save, in the save's transaction. An autosave right after another
 * autosave by the same editor replaces it (one revision per stretch of typing, not one
 * per pause); a manual save or a restore always adds one.
 */
export async function recordRevision(db: Database, input: RevisionInput): Promise<number> {
  const values = {
    articleId: input.articleId,
    version: input.version,
    kind: input.kind,
    restoredFrom: input.restoredFrom ?? null,
    title: input.title,
    standfirst: input.standfirst,
    bodyMarkdown: input.bodyMarkdown,
    reqLevel: input.requirement.level,
    reqCcaps: [...input.requirement.ccaps],
    neverMetered: input.neverMetered,
    editorId: input.editorId,
    createdAt: input.now,
  };
  if (input.kind === "autosave") {
    const [last] = await db
      .select({ id: articleRevisions.id, kind: articleRevisions.kind, editorId: articleRevisions.editorId })
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, input.articleId))
      .orderBy(desc(articleRevisions.id))
      .limit(1);
    if (last && last.kind === "autosave" && last.editorId === input.editorId) {
      await db.update(articleRevisions).set(values).where(eq(articleRevisions.id, last.id));
      return last.id;
    }
  }
  const [row] = await db.insert(articleRevisions).values(values).returning({ id: articleRevisions.id });
  return row!.id;
}
