import type { Database } from "@/db/client";
import { AppError } from "@/lib/errors";
import { loadArticleForEdit } from "../articles/load-article-for-edit";
import { saveArticle, type SavedArticle } from "../articles/save-article";
import { canEditArticle, type StaffViewer } from "../permissions";

/**
 * Saves the editor's form in the background. Only unpublished pieces (draft, submitted) are
 * autosaved: a published or scheduled piece changes only when its editor presses Save or
 * Publish, so autosave never alters what readers get. Like any save it names the version it
 * was edited from (a stale autosave is refused), and it never publishes (its intent is
 * always "save") nor creates tags. Consecutive autosaves share one revision.
 */
export async function autosaveArticle(db: Database, viewer: StaffViewer, input: unknown, options: { id: number; now: Date }): Promise<SavedArticle> {
  const existing = await loadArticleForEdit(db, options.id);
  if (!existing) throw new AppError("NOT_FOUND", "This article no longer exists.");
  if (!canEditArticle(viewer, existing)) throw new AppError("FORBIDDEN", "You can edit only your own unpublished pieces.");
  if (existing.status === "published") throw new AppError("CONFLICT", "Autosave is off for published and scheduled pieces: press Save to change what readers see.");
  // Never publishes, and never creates tags from a half-typed name (that waits for Save).
  const form = typeof input === "object" && input !== null && !Array.isArray(input) ? { ...input, intent: "save", newTags: "" } : input;
  const saved = await saveArticle(db, viewer, form, { id: options.id, now: options.now, kind: "autosave" });
  return { ...saved, message: "Autosaved." };
}
