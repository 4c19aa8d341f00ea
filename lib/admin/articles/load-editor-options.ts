import { asc } from "drizzle-orm";
import type { Database } from "@/db/client";
import { authors, ccapCatalogue, tags } from "@/db/schema";
import { getSettings } from "@/lib/settings/settings";
import { loadCategoryTree } from "@/lib/taxonomy/category-tree";

export interface EditorOptions {
  authors: { id: number; name: string; userId: string | null }[];
  categories: { id: number; label: string; slug: string }[];
  tags: { id: number; name: string; slug: string }[];
  ccaps: { name: string; description: string }[];
  levelLabels: string[];
  teaserParagraphs: number;
}

/** The choices offered by the article editor and the list filters. */
export async function loadEditorOptions(db: Database): Promise<EditorOptions> {
  const [authorRows, tree, tagRows, ccaps, settings] = await Promise.all([
    db.select({ id: authors.id, name: authors.name, userId: authors.userId }).from(authors).orderBy(asc(authors.name)),
    loadCategoryTree(db),
    db.select({ id: tags.id, name: tags.name, slug: tags.slug }).from(tags).orderBy(asc(tags.name)),
    db.select().from(ccapCatalogue).orderBy(asc(ccapCatalogue.name)),
    getSettings(db),
  ]);
  const ordered = (parent: number | null): { id: number; label: string; slug: string }[] =>
    tree.children(parent).flatMap((c) => [{ id: c.id, slug: c.slug, label: tree.path(c.id).map((p) => p.name).join(" › ") }, ...ordered(c.id)]);
  return { authors: authorRows, categories: ordered(null), tags: tagRows, ccaps, levelLabels: [...settings.levelLabels], teaserParagraphs: settings.teaserParagraphs };
}
