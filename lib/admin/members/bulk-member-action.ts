import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { inTransaction, type Database } from "@/db/client";
import { memberLabels } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { recordAudit } from "../audit/record-audit";
import { parseInput } from "../parse-input";
import { canActOnMember, type StaffViewer } from "../permissions";
import { changeEntitlements } from "./change-entitlements";
import { memberLabelSchema } from "./member-label-schema";
import { parseMemberQuery } from "./member-query";
import { searchMembers } from "./search-members";
import { translator } from "@/lib/i18n/translator";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

/** A bulk action names its members by the list's filters; past this many, narrow the filter. */
export const MAX_BULK_MEMBERS = 5000;

const bulkSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("add-label"), label: memberLabelSchema }),
  z.object({ action: z.literal("remove-label"), label: memberLabelSchema }),
  z.object({ action: z.literal("grant-ccap"), ccap: z.string(), until: z.string().default(""), reason: z.string().default("") }),
  z.object({ action: z.literal("set-comp"), level: z.string(), until: z.string(), reason: z.string().default("") }),
]);

/**
 * Labels, or grants a capability or complimentary access to, every member the filter
 * (the members list's query) finds that the actor may act on. Grants go through the same
 * audited step as one member's page, one by one; a summary line goes to the audit log too.
 */
export async function bulkMemberAction(db: Database, options: { actor: StaffViewer; filter: Record<string, string>; input: unknown; now: Date; locale?: Locale }): Promise<{ message: string; count: number }> {
  const form = parseInput(bulkSchema, options.input);
  const say = translator(options.locale ?? DEFAULT_LOCALE, "adminPeople");
  const query = parseMemberQuery(options.filter);
  const { rows, total } = await searchMembers(db, { ...query, page: 1 }, { now: options.now, limit: MAX_BULK_MEMBERS });
  if (total > MAX_BULK_MEMBERS) throw new AppError("INVALID_INPUT", `The filter finds ${total} members; narrow it to at most ${MAX_BULK_MEMBERS}.`, {}, { key: "filterTooBroad", values: { total, max: MAX_BULK_MEMBERS } });
  const ids = rows.filter((r) => canActOnMember(options.actor.role, r.role as StaffViewer["role"])).map((r) => r.id);
  if (ids.length === 0) return { message: say("answers.bulkNone"), count: 0 };
  await inTransaction(db, async (t) => {
    if (form.action === "add-label") await t.insert(memberLabels).values(ids.map((userId) => ({ userId, label: form.label }))).onConflictDoNothing();
    else if (form.action === "remove-label") await t.delete(memberLabels).where(and(eq(memberLabels.label, form.label), inArray(memberLabels.userId, ids)));
    else for (const userId of ids) await changeEntitlements(t, { actor: options.actor, userId, input: form, now: options.now, locale: options.locale });
    await recordAudit(t, { actorId: options.actor.id, action: "member.bulk", targetType: "members", targetId: ids.length, before: { filter: query }, after: form });
  });
  return { message: describe(form, ids.length, say), count: ids.length };
}

function describe(form: z.infer<typeof bulkSchema>, count: number, say: ReturnType<typeof translator<"adminPeople">>): string {
  switch (form.action) {
    case "add-label":
      return say("answers.bulkAddLabel", { label: form.label, count });
    case "remove-label":
      return say("answers.bulkRemoveLabel", { label: form.label, count });
    case "grant-ccap":
      return say("answers.bulkGrantCcap", { ccap: form.ccap, count });
    case "set-comp":
      return say("answers.bulkSetComp", { level: form.level, count });
  }
}
