import { translator } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/i18n/locales";
import { inArray } from "drizzle-orm";
import { z } from "zod";
import { serialIdSchema } from "@/lib/validation/ids";
import { inTransaction, type Database } from "@/db/client";
import { articles } from "@/db/schema";
import { recordAudit } from "../audit/record-audit";
import { parseInput } from "../parse-input";
import { sameRequirement } from "../requirement-schema";
import { validateCcaps } from "../validate-ccaps";
import { applyRequirementRefresh } from "./apply-requirement-refresh";
import { requirementChangeSchema } from "./requirement-change-schema";

const bulkSchema = requirementChangeSchema.extend({
  ids: z.array(serialIdSchema).min(1, "Select at least one article.").max(500, "Select at most 500 articles."),
});

/** Gives every selected article the same own requirement, one audit line each. */
export async function bulkSetRequirement(db: Database, options: { actorId: string; input: unknown; locale?: Locale }): Promise<{ message: string; tags: string[] }> {
  const { ids, requirement, reason } = parseInput(bulkSchema, options.input);
  await validateCcaps(db, requirement.ccaps, "requirement.ccaps");
  const rows = await db.select({ id: articles.id, reqLevel: articles.reqLevel, reqCcaps: articles.reqCcaps }).from(articles).where(inArray(articles.id, ids));
  const toChange = rows.filter((r) => !sameRequirement({ level: r.reqLevel, ccaps: r.reqCcaps }, requirement));
  if (toChange.length === 0) return { message: translator(options.locale ?? "en", "admin")("api.bulkUnchanged"), tags: [] };
  const result = await inTransaction(db, async (t) => {
    await t.update(articles).set({ reqLevel: requirement.level, reqCcaps: [...requirement.ccaps] }).where(inArray(articles.id, toChange.map((r) => r.id)));
    for (const r of toChange) {
      await recordAudit(t, { actorId: options.actorId, action: "article.requirement", targetType: "article", targetId: r.id, before: { level: r.reqLevel, ccaps: r.reqCcaps }, after: requirement, reason });
    }
    return applyRequirementRefresh(t);
  });
  return { message: translator(options.locale ?? "en", "admin")("api.bulkSaved", { updated: toChange.length, changed: result.changedIds.length }), tags: result.tags };
}
