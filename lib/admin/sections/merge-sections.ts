import { translator } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/i18n/locales";
import { eq, sql } from "drizzle-orm";
import { inTransaction, type Database } from "@/db/client";
import { categories, tags } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { loadCategoryTree } from "@/lib/taxonomy/category-tree";
import { sectionPath, type SectionKind } from "@/lib/taxonomy/section-path";
import { recordAudit } from "../audit/record-audit";
import { parseInput } from "../parse-input";
import { redirectSectionPath } from "./redirect-section-path";
import { mergeFormSchema } from "./section-form-schema";
import { loadSection, SECTION_NOUN } from "./section-rows";
import { articlesUnderSections, settleSectionChange } from "./settle-section-change";

/** Files every article of `source` under `target` too (an article already in both keeps one link). */
async function moveLinks(db: Database, kind: SectionKind, sourceId: number, targetId: number): Promise<void> {
  if (kind === "category") {
    await db.execute(
      sql`insert into article_categories (article_id, category_id, position) select article_id, ${targetId}, position from article_categories where category_id = ${sourceId} on conflict do nothing`,
    );
    // Subcategories of the source now sit under the target.
    await db.update(categories).set({ parentId: targetId }).where(eq(categories.parentId, sourceId));
    await db.delete(categories).where(eq(categories.id, sourceId));
  } else {
    await db.execute(sql`insert into article_tags (article_id, tag_id) select article_id, ${targetId} from article_tags where tag_id = ${sourceId} on conflict do nothing`);
    await db.delete(tags).where(eq(tags.id, sourceId));
  }
}

/**
 * Merges one category or tag into another: the source's articles (and subcategories) move
 * to the target, the source is deleted, and its address redirects to the target's. The
 * target keeps its own name, description and requirement.
 */
export async function mergeSections(db: Database, options: { actorId: string; kind: SectionKind; sourceId: number; input: unknown; locale?: Locale }): Promise<{ message: string; tags: string[] }> {
  const { kind, sourceId } = options;
  const { targetId } = parseInput(mergeFormSchema, options.input);
  const noun = SECTION_NOUN[kind];
  if (targetId === sourceId) throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", { targetId: `Choose another ${noun}.` });
  const source = await loadSection(db, kind, sourceId);
  const target = await loadSection(db, kind, targetId).catch(() => {
    throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", { targetId: `This ${noun} no longer exists.` });
  });
  if (kind === "category" && (await loadCategoryTree(db)).descendantIds(sourceId).includes(targetId)) {
    throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", { targetId: `“${target.name}” sits inside “${source.name}”: move it out first, or merge the other way.` }, undefined, {
      targetId: { key: "sectionInsideSource", values: { target: target.name, source: source.name } },
    });
  }
  const tags = await inTransaction(db, async (t) => {
    const articleIds = await articlesUnderSections(t, kind, [sourceId, targetId]);
    await moveLinks(t, kind, sourceId, targetId);
    await redirectSectionPath(t, sectionPath(kind, source.slug), sectionPath(kind, target.slug));
    await recordAudit(t, { actorId: options.actorId, action: `${kind}.merge`, targetType: kind, targetId: target.slug, before: source, after: { mergedInto: target.slug } });
    return settleSectionChange(t, { kind, articleIds, slugs: [source.slug, target.slug] });
  });
  const t = translator(options.locale ?? "en", "admin");
  return { message: t("api.sectionMerged", { source: source.name, target: target.name, from: sectionPath(kind, source.slug), to: sectionPath(kind, target.slug) }), tags };
}
