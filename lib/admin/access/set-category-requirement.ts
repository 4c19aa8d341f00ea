import { translator } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/i18n/locales";
import { eq } from "drizzle-orm";
import { inTransaction, type Database } from "@/db/client";
import { categories } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { recordAudit } from "../audit/record-audit";
import { parseInput } from "../parse-input";
import { sameRequirement } from "../requirement-schema";
import { validateCcaps } from "../validate-ccaps";
import { applyRequirementRefresh } from "./apply-requirement-refresh";
import { requirementChangeSchema } from "./requirement-change-schema";

/** Sets who may read a category (inherited by its children and every article filed in them). */
export async function setCategoryRequirement(db: Database, options: { actorId: string; categoryId: number; input: unknown; locale?: Locale }): Promise<{ message: string; tags: string[] }> {
  const { requirement, reason } = parseInput(requirementChangeSchema, options.input);
  await validateCcaps(db, requirement.ccaps, "requirement.ccaps");
  const [category] = await db.select().from(categories).where(eq(categories.id, options.categoryId)).limit(1);
  if (!category) throw new AppError("NOT_FOUND", "This category no longer exists.");
  const before = { level: category.reqLevel, ccaps: category.reqCcaps };
  if (sameRequirement(before, requirement)) return { message: translator(options.locale ?? "en", "admin")("api.requirementUnchanged", { name: category.name }), tags: [] };
  const result = await inTransaction(db, async (t) => {
    await t.update(categories).set({ reqLevel: requirement.level, reqCcaps: [...requirement.ccaps] }).where(eq(categories.id, category.id));
    await recordAudit(t, { actorId: options.actorId, action: "category.requirement", targetType: "category", targetId: category.slug, before, after: requirement, reason });
    return applyRequirementRefresh(t);
  });
  return { message: translator(options.locale ?? "en", "admin")("api.requirementSaved", { name: category.name, changed: result.changedIds.length }), tags: result.tags };
}
