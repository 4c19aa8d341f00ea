import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { articles, categories, ccapCatalogue, tags } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { recordAudit } from "../audit/record-audit";
import { parseInput } from "../parse-input";
import { ccapNameSchema } from "../requirement-schema";
import { translator } from "@/lib/i18n/translator";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

const ccapSchema = z.discriminatedUnion("action", [
  z.object({
    action: z.literal("save"),
    name: ccapNameSchema,
    /** What readers see: "The Libya dossier". */
    label: z.string().trim().max(80, "Use at most 80 characters.").default(""),
    description: z.string().trim().max(300, "Use at most 300 characters.").default(""),
  }),
  z.object({ action: z.literal("delete"), name: ccapNameSchema }),
]);

/** Adds, describes or removes a capability in the catalogue. One still required somewhere cannot go. */
export async function saveCcap(db: Database, options: { actorId: string; input: unknown; locale?: Locale }): Promise<{ message: string }> {
  const form = parseInput(ccapSchema, options.input);
  const say = translator(options.locale ?? DEFAULT_LOCALE, "adminPeople");
  const [before] = await db.select().from(ccapCatalogue).where(eq(ccapCatalogue.name, form.name));
  if (form.action === "delete") {
    if (!before) throw new AppError("NOT_FOUND", "No such capability.");
    const uses = sql<number>`(select count(*)::int from ${articles} where ${form.name} = any(${articles.reqCcaps})) + (select count(*)::int from ${categories} where ${form.name} = any(${categories.reqCcaps})) + (select count(*)::int from ${tags} where ${form.name} = any(${tags.reqCcaps}))`;
    const [row] = await db.select({ n: uses }).from(ccapCatalogue).where(eq(ccapCatalogue.name, form.name));
    if ((row?.n ?? 0) > 0) throw new AppError("CONFLICT", `${form.name} is still required by ${row!.n} article(s), categories or tags. Change those first.`, {}, { key: "ccapStillRequired", values: { name: form.name, count: row!.n } });
    await db.delete(ccapCatalogue).where(eq(ccapCatalogue.name, form.name));
    await recordAudit(db, { actorId: options.actorId, action: "ccap.delete", targetType: "ccap", targetId: form.name, before, after: null });
    return { message: say("answers.ccapRemoved", { ccap: form.name }) };
  }
  const after = { name: form.name, label: form.label, description: form.description };
  await db.insert(ccapCatalogue).values(after).onConflictDoUpdate({ target: ccapCatalogue.name, set: { label: form.label, description: form.description } });
  await recordAudit(db, { actorId: options.actorId, action: before ? "ccap.update" : "ccap.create", targetType: "ccap", targetId: form.name, before: before ?? null, after });
  return { message: say("answers.ccapSaved", { ccap: form.name }) };
}
