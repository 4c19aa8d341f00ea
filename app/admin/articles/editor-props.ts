import type { EditableArticle } from "@/lib/admin/articles/load-article-for-edit";
import { articleState } from "@/lib/admin/articles/article-state";
import type { EditorOptions } from "@/lib/admin/articles/load-editor-options";
import type { SeoOverrides } from "@/lib/admin/editor/seo-overrides";
import type { EditorArticle, EditorChoices } from "../_components/article-editor";

/** Server data → the editor's serializable props (dates as ISO strings). */
export function toEditorArticle(a: EditableArticle, now: Date, seo: SeoOverrides): EditorArticle {
  return {
    ...a,
    seo,
    state: articleState(a, now),
    publishedAt: a.publishedAt?.toISOString() ?? null,
  };
}

export function toEditorChoices(o: EditorOptions): EditorChoices {
  return { authors: o.authors, categories: o.categories, tags: o.tags, ccaps: o.ccaps, levelLabels: o.levelLabels };
}
