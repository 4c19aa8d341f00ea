import { eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { categories, newsletters } from "@/db/schema";
import { recordAudit } from "@/lib/admin/audit/record-audit";
import { parseInput } from "@/lib/admin/parse-input";
import { AppError } from "@/lib/errors";

const idList = z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(z.coerce.number().int().min(1).max(2 ** 31 - 1)).max(200));

const newsletterSchema = z.object({
  name: z.string().trim().min(1, "Give the newsletter a name.").max(120),
  description: z.string().trim().max(1000).default(""),
  cadence: z.enum(["per-article", "digest"], { message: "Choose per article or digest." }),
  categoryIds: idList,
});

/** Creates (id null) or updates a newsletter: name, description, cadence and the sections it follows. */
export async function saveNewsletter(db: Database, o: { id: number | null; input: unknown; actorId: string }): Promise<{ id: number }> {
  const form = parseInput(newsletterSchema, o.input);
  const ids = [...new Set(form.categoryIds)];
  if (ids.length) {
    const found = await db.select({ id: categories.id }).from(categories).where(inArray(categories.id, ids));
    if (found.length !== ids.length) throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", { categoryIds: "One of these sections no longer exists." });
  }
  const values = { name: form.name, description: form.description, cadence: form.cadence, categoryIds: ids };
  return db.transaction(async (tx) => {
    const t = tx as unknown as Database;
    const [row] = o.id === null ? await t.insert(newsletters).values(values).returning({ id: newsletters.id }) : await t.update(newsletters).set(values).where(eq(newsletters.id, o.id)).returning({ id: newsletters.id });
    if (!row) throw new AppError("NOT_FOUND", "No such newsletter.");
    await recordAudit(t, { actorId: o.actorId, action: o.id === null ? "newsletter.create" : "newsletter.update", targetType: "newsletter", targetId: row.id, before: null, after: values });
    return row;
  });
}
