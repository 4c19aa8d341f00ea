import type { Database } from "@/db/client";
import { AppError } from "@/lib/errors";
import { loadArticleForEdit } from "../articles/load-article-for-edit";
import { saveArticle, type SavedArticle } from "../articles/save-article";
import { can, canEditArticle, type StaffViewer } from "../permissions";
import { loadArticleSeo } from "./article-seo-rows";
import { loadRevision } from "./list-revisions";

/**
 * Brings back a revision's title, standfirst, body (with its paywall break) and access as
 * a new save: the article gets a new version and a new "restore" revision, and the audit
 * log records it. History is never rewritten. The version names what the editor saw (a
 * stale restore is refused like a stale save). Status, bylines and sections stay as they
 * are; an author, who may not change access, restores the text and keeps the current access.
 */
export async function restoreRevision(db: Database, viewer: StaffViewer, options: { articleId: number; revisionId: number; version: number; now: Date }): Promise<SavedArticle> {
  const article = await loadArticleForEdit(db, options.articleId);
  if (!article) throw new AppError("NOT_FOUND", "This article no longer exists.");
  if (!canEditArticle(viewer, article)) throw new AppError("FORBIDDEN", "You can edit only your own unpublished pieces.");
  const revision = await loadRevision(db, options.articleId, options.revisionId);
  if (!revision) throw new AppError("NOT_FOUND", "This revision does not exist.");
  const access = can(viewer.role, "manageAccess")
    ? { requirement: { level: revision.reqLevel === null ? "public" : String(revision.reqLevel), ccaps: revision.reqCcaps }, meter: revision.neverMetered ? ["never"] : [] }
    : {};
  const input = {
    version: String(options.version),
    title: revision.title,
    slug: article.slug,
    standfirst: revision.standfirst,
    bodyMarkdown: revision.bodyMarkdown,
    heroImage: article.heroImage ?? "",
    heroAlt: article.heroAlt,
    heroCaption: article.heroCaption,
    heroCredit: article.heroCredit,
    authorIds: article.authorIds.map(String),
    categoryIds: article.categoryIds.map(String),
    tagIds: article.tagIds.map(String),
    readAlsoIds: article.readAlso.map((r) => String(r.id)),
    seo: await loadArticleSeo(db, article.id),
    ...access,
    reason: `Restored revision #${revision.id} (version ${revision.version})`,
    intent: "save",
  };
  const saved = await saveArticle(db, viewer, input, { id: article.id, now: options.now, kind: "restore", restoredFrom: revision.id });
  return { ...saved, message: `Restored revision #${revision.id} as version ${saved.version}.` };
}
