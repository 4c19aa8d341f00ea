import { translator } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/i18n/locales";
import { eq } from "drizzle-orm";
import { inTransaction, type Database } from "@/db/client";
import { tags } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { recordAudit } from "../audit/record-audit";
import { parseInput } from "../parse-input";
import { sameRequirement } from "../requirement-schema";
import { validateCcaps } from "../validate-ccaps";
import { applyRequirementRefresh } from "./apply-requirement-refresh";
import { requirementChangeSchema } from "./requirement-change-schema";

/** Sets who may read the articles carrying a tag (s2Member's restrict-by-tag). */
export async function setTagRequirement(db: Database, options: { actorId: string; tagId: number; input: unknown; locale?: Locale }): Promise<{ message: string; tags: string[] }> {
  const { requirement, reason } = parseInput(requirementChangeSchema, options.input);
  await validateCcaps(db, requirement.ccaps, "requirement.ccaps");
  const [tag] = await db.select().from(tags).where(eq(tags.id, options.tagId)).limit(1);
  if (!tag) throw new AppError("NOT_FOUND", "This tag no longer exists.");
  const before = { level: tag.reqLevel, ccaps: tag.reqCcaps };
  if (sameRequirement(before, requirement)) return { message: translator(options.locale ?? "en", "admin")("api.requirementUnchanged", { name: tag.name }), tags: [] };
  const result = await inTransaction(db, async (t) => {
    await t.update(tags).set({ reqLevel: requirement.level, reqCcaps: [...requirement.ccaps] }).where(eq(tags.id, tag.id));
    await recordAudit(t, { actorId: options.actorId, action: "tag.requirement", targetType: "tag", targetId: tag.slug, before, after: requirement, reason });
    return applyRequirementRefresh(t);
  });
  return { message: translator(options.locale ?? "en", "admin")("api.requirementSaved", { name: tag.name, changed: result.changedIds.length }), tags: result.tags };
}
