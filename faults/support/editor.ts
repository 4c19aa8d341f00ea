import { eq } from "drizzle-orm";
import type { Database } from "../../db/client";
import { articles } from "../../db/schema";
import { loadArticleForEdit } from "../../lib/admin/articles/load-article-for-edit";

export interface ArticleSave {
  id: number;
  /** The editor form's body, as the article editor sends it. */
  form: Record<string, unknown>;
}

/** The editor form of the article `slug` as stored now, with a new title. */
export async function retitle(db: Database, slug: string, title: string): Promise<ArticleSave> {
  const [row] = await db.select({ id: articles.id }).from(articles).where(eq(articles.slug, slug)).limit(1);
  const a = await loadArticleForEdit(db, row!.id);
  if (!a) throw new Error(`no article ${slug}`);
  const form = {
    version: a.version,
    title,
    slug: a.slug,
    standfirst: a.standfirst,
    bodyMarkdown: a.bodyMarkdown,
    heroImage: a.heroImage ?? "",
    heroAlt: a.heroAlt,
    heroCaption: a.heroCaption,
    heroCredit: a.heroCredit,
    authorIds: a.authorIds,
    categoryIds: a.categoryIds,
    tagIds: a.tagIds,
    readAlsoIds: a.readAlso.map((r) => r.id),
    intent: "save",
  };
  return { id: a.id, form };
}

/** Posts the save as the editor's browser does. */
export async function postSave(baseUrl: string, cookie: string, save: ArticleSave): Promise<{ status: number; body: string }> {
  const response = await fetch(`${baseUrl}/api/admin/articles/${save.id}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl, cookie },
    body: JSON.stringify(save.form),
  });
  return { status: response.status, body: await response.text() };
}
