import { and, eq, inArray, ne } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articleCategories, articleTags, categories, tags } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { SectionKind } from "@/lib/taxonomy/section-path";

/** A category or a tag as the newsroom edits it (tags have no parent and no position). */
export interface SectionRow {
  id: number;
  slug: string;
  name: string;
  description: string;
  parentId: number | null;
  position: number;
  reqLevel: number | null;
  reqCcaps: string[];
}

export const SECTION_NOUN: Record<SectionKind, string> = { category: "category", tag: "tag" };

/** One section by id, or NOT_FOUND. */
export async function loadSection(db: Database, kind: SectionKind, id: number): Promise<SectionRow> {
  const [row] =
    kind === "category"
      ? await db.select().from(categories).where(eq(categories.id, id)).limit(1)
      : (await db.select().from(tags).where(eq(tags.id, id)).limit(1)).map((t) => ({ ...t, parentId: null, position: 0 }));
  if (!row) throw new AppError("NOT_FOUND", `This ${SECTION_NOUN[kind]} no longer exists.`);
  return row;
}

/** The name of the other section of this kind at `slug`, if one is there. */
export async function slugHolder(db: Database, kind: SectionKind, slug: string, exceptId?: number): Promise<string | null> {
  const table = kind === "category" ? categories : tags;
  const [row] = await db
    .select({ name: table.name })
    .from(table)
    .where(and(eq(table.slug, slug), exceptId === undefined ? undefined : ne(table.id, exceptId)))
    .limit(1);
  return row?.name ?? null;
}

/** The articles filed under any of these sections. */
export async function linkedArticleIds(db: Database, kind: SectionKind, ids: readonly number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows =
    kind === "category"
      ? await db.selectDistinct({ id: articleCategories.articleId }).from(articleCategories).where(inArray(articleCategories.categoryId, [...ids]))
      : await db.selectDistinct({ id: articleTags.articleId }).from(articleTags).where(inArray(articleTags.tagId, [...ids]));
  return rows.map((r) => r.id);
}
