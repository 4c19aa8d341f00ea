import { translator } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/i18n/locales";
import { eq } from "drizzle-orm";
import { inTransaction, type Database } from "@/db/client";
import { categories, tags } from "@/db/schema";
import { sectionPath, type SectionKind } from "@/lib/taxonomy/section-path";
import { recordAudit } from "../audit/record-audit";
import { dropSectionRedirects } from "./redirect-section-path";
import { loadSection } from "./section-rows";
import { articlesUnderSections, settleSectionChange } from "./settle-section-change";

/**
 * Deletes a category or tag. Its articles stay, filed under their other sections (a
 * requirement they had only through it no longer applies); a deleted category's
 * subcategories move up to its parent. Its address (and addresses that redirected to it)
 * answer 404 from now on.
 */
export async function deleteSection(db: Database, options: { actorId: string; kind: SectionKind; id: number; locale?: Locale }): Promise<{ message: string; tags: string[] }> {
  const { kind, id } = options;
  const section = await loadSection(db, kind, id);
  const purge = await inTransaction(db, async (t) => {
    const articleIds = await articlesUnderSections(t, kind, [id]);
    if (kind === "category") {
      await t.update(categories).set({ parentId: section.parentId }).where(eq(categories.parentId, id));
      await t.delete(categories).where(eq(categories.id, id));
    } else {
      await t.delete(tags).where(eq(tags.id, id));
    }
    await dropSectionRedirects(t, sectionPath(kind, section.slug), { incoming: true });
    await recordAudit(t, { actorId: options.actorId, action: `${kind}.delete`, targetType: kind, targetId: section.slug, before: section, after: null });
    return settleSectionChange(t, { kind, articleIds, slugs: [section.slug] });
  });
  return { message: translator(options.locale ?? "en", "admin")("api.sectionDeleted", { kind, name: section.name }), tags: purge };
}
