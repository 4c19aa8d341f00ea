import { translator } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/i18n/locales";
import { eq } from "drizzle-orm";
import { inTransaction, type Database } from "@/db/client";
import { categories, tags } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { loadCategoryTree } from "@/lib/taxonomy/category-tree";
import { sectionPath, type SectionKind } from "@/lib/taxonomy/section-path";
import { recordAudit } from "../audit/record-audit";
import { parseInput } from "../parse-input";
import { slugify } from "../slugify";
import { validateCcaps } from "../validate-ccaps";
import { dropSectionRedirects, redirectSectionPath } from "./redirect-section-path";
import { sectionFormSchema, type SectionForm } from "./section-form-schema";
import { loadSection, slugHolder, type SectionRow } from "./section-rows";
import { articlesUnderSections, settleSectionChange } from "./settle-section-change";

const INVALID = "Please correct the highlighted fields.";

/** A category's new parent may not be itself or anything below it (the tree would loop). */
async function checkParent(db: Database, id: number | undefined, parentId: number | null): Promise<void> {
  if (parentId === null) return;
  const tree = await loadCategoryTree(db);
  if (!tree.byId.has(parentId)) throw new AppError("INVALID_INPUT", INVALID, { parentId: "This category no longer exists." });
  if (id !== undefined && tree.descendantIds(id).includes(parentId)) throw new AppError("INVALID_INPUT", INVALID, { parentId: "A category cannot sit inside itself or one of its own subcategories." });
}

function columnsOf(kind: SectionKind, form: SectionForm, slug: string) {
  const common = { name: form.name, slug, description: form.description };
  return kind === "category" ? { ...common, parentId: form.parentId === "" ? null : form.parentId, position: form.position } : common;
}

async function writeRow(db: Database, kind: SectionKind, id: number | undefined, values: ReturnType<typeof columnsOf>, form: SectionForm): Promise<number> {
  const requirement = id === undefined && form.requirement ? { reqLevel: form.requirement.level, reqCcaps: [...form.requirement.ccaps] } : {};
  const table = kind === "category" ? categories : tags;
  const [row] =
    id === undefined
      ? await db.insert(table).values({ ...values, ...requirement }).returning({ id: table.id })
      : await db.update(table).set(values).where(eq(table.id, id)).returning({ id: table.id });
  return row!.id;
}

/**
 * Creates a category or tag, or renames, re-describes or moves one. A new slug keeps the
 * old address answering with a permanent redirect (lib/taxonomy/find-section-redirect);
 * a move or a new requirement is applied to every article filed below at once. Returns
 * the cached pages to purge.
 */
export async function saveSection(db: Database, options: { actorId: string; kind: SectionKind; id?: number; input: unknown; locale?: Locale }): Promise<{ id: number; message: string; tags: string[] }> {
  const { kind, id } = options;
  const form = parseInput(sectionFormSchema, options.input);
  const before: SectionRow | null = id === undefined ? null : await loadSection(db, kind, id);
  const slug = form.slug || slugify(form.name);
  if (!slug) throw new AppError("INVALID_INPUT", INVALID, { slug: "Enter a slug." });
  const taken = await slugHolder(db, kind, slug, id);
  if (taken) throw new AppError("INVALID_INPUT", INVALID, { slug: `Already used by ${taken}.` }, undefined, { slug: { key: "alreadyUsedBy", values: { name: taken } } });
  if (kind === "category") await checkParent(db, id, form.parentId === "" ? null : form.parentId);
  if (form.requirement) await validateCcaps(db, form.requirement.ccaps, "requirement.ccaps");
  const values = columnsOf(kind, form, slug);
  const path = sectionPath(kind, slug);
  const result = await inTransaction(db, async (t) => {
    const savedId = await writeRow(t, kind, id, values, form);
    if (!before) await dropSectionRedirects(t, path, { incoming: false });
    else if (before.slug !== slug) await redirectSectionPath(t, sectionPath(kind, before.slug), path);
    await recordAudit(t, { actorId: options.actorId, action: `${kind}.${before ? "update" : "create"}`, targetType: kind, targetId: slug, before, after: { ...values, requirement: form.requirement ?? null } });
    const articleIds = await articlesUnderSections(t, kind, [savedId]);
    const tags = await settleSectionChange(t, { kind, articleIds, slugs: before ? [before.slug, slug] : [slug] });
    return { id: savedId, tags };
  });
  const t = translator(options.locale ?? "en", "admin");
  const saved = t("api.sectionSaved", { kind, name: form.name });
  const message = before && before.slug !== slug ? `${saved} ${t("api.nowRedirects", { from: sectionPath(kind, before.slug), to: path })}` : saved;
  return { ...result, message };
}
