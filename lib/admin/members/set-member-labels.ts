import { and, eq, notInArray } from "drizzle-orm";
import { z } from "zod";
import { inTransaction, type Database } from "@/db/client";
import { memberLabels, memberNotes } from "@/db/schema";
import { recordAudit } from "../audit/record-audit";
import { parseInput } from "../parse-input";
import type { StaffViewer } from "../permissions";
import { loadMemberTarget } from "./load-member-target";
import { memberLabelListSchema } from "./member-label-schema";
import { translator } from "@/lib/i18n/translator";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

const labelsSchema = z.object({
  labels: memberLabelListSchema,
  notes: z.string().trim().max(5000, "Use at most 5,000 characters.").default(""),
});

/** A member's labels and note, as staff keep them. */
export async function loadMemberLabels(db: Database, userId: string): Promise<{ labels: string[]; notes: string }> {
  const [labels, [note]] = await Promise.all([
    db.select({ label: memberLabels.label }).from(memberLabels).where(eq(memberLabels.userId, userId)).orderBy(memberLabels.label),
    db.select({ notes: memberNotes.notes }).from(memberNotes).where(eq(memberNotes.userId, userId)).limit(1),
  ]);
  return { labels: labels.map((l) => l.label), notes: note?.notes ?? "" };
}

/** Replaces a member's labels and note (audited; only on accounts below the actor's role). */
export async function setMemberLabels(db: Database, options: { actor: StaffViewer; userId: string; input: unknown; now: Date; locale?: Locale }): Promise<{ message: string }> {
  const form = parseInput(labelsSchema, options.input);
  const say = translator(options.locale ?? DEFAULT_LOCALE, "adminPeople");
  const { userId } = options;
  return inTransaction(db, async (t) => {
    await loadMemberTarget(t, options.actor, userId);
    const before = await loadMemberLabels(t, userId);
    await t.delete(memberLabels).where(and(eq(memberLabels.userId, userId), form.labels.length ? notInArray(memberLabels.label, form.labels) : undefined));
    if (form.labels.length) await t.insert(memberLabels).values(form.labels.map((label) => ({ userId, label }))).onConflictDoNothing();
    if (form.notes) await t.insert(memberNotes).values({ userId, notes: form.notes, updatedBy: options.actor.id, updatedAt: options.now }).onConflictDoUpdate({ target: memberNotes.userId, set: { notes: form.notes, updatedBy: options.actor.id, updatedAt: options.now } });
    else await t.delete(memberNotes).where(eq(memberNotes.userId, userId));
    await recordAudit(t, { actorId: options.actor.id, action: "member.labels", targetType: "member", targetId: userId, before, after: { labels: form.labels, notes: form.notes } });
    return { message: form.labels.length ? say("answers.labelsSaved", { labels: form.labels.join(", ") }) : say("answers.saved") };
  });
}
