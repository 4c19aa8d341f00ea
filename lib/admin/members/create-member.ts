import { eq } from "drizzle-orm";
import { z } from "zod";
import { inTransaction, type Database } from "@/db/client";
import { users } from "@/db/schema";
import { emailSchema } from "@/lib/auth/credentials-schema";
import { AppError } from "@/lib/errors";
import { enqueueWebhookEvent } from "@/lib/webhooks/enqueue-webhook-event";
import { recordAudit } from "../audit/record-audit";
import { endDateSchema } from "../end-date-schema";
import { parseInput } from "../parse-input";
import type { StaffViewer } from "../permissions";
import { ccapNameSchema } from "../requirement-schema";
import { validateCcaps } from "../validate-ccaps";
import { changeEntitlements } from "./change-entitlements";
import { setMemberLabels } from "./set-member-labels";
import { translator } from "@/lib/i18n/translator";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

const INVALID = "Please correct the highlighted fields.";
const optionalDate = z.union([z.literal(""), endDateSchema]).default("");

const createSchema = z.object({
  email: emailSchema,
  name: z.string().trim().max(100, "Use at most 100 characters.").default(""),
  level: z.coerce.number({ error: "Choose a level." }).int().min(0, "Choose a level from 0 to 4.").max(4, "Choose a level from 0 to 4.").default(0),
  compLevel: z.union([z.literal(""), z.coerce.number().int().min(1, "Choose a level from 1 to 4.").max(4, "Choose a level from 1 to 4.")]).default(""),
  compUntil: optionalDate,
  grants: z.record(z.string().regex(/^\d$/), z.object({ ccap: z.union([z.literal(""), ccapNameSchema]).default(""), until: optionalDate })).default({}),
  labels: z.string().default(""),
  notes: z.string().default(""),
});

/** Checks what the entitlement steps would refuse, under this form's own field names. */
async function checkGrants(db: Database, form: z.infer<typeof createSchema>, now: Date): Promise<void> {
  const errors: Record<string, string> = {};
  if (form.compLevel !== "" && !(form.compUntil instanceof Date)) errors.compUntil = "Choose until when.";
  if (form.compUntil instanceof Date && form.compUntil <= now) errors.compUntil = "Choose a date in the future.";
  if (form.compUntil instanceof Date && form.compLevel === "") errors.compLevel = "Choose the complimentary level.";
  for (const [n, g] of Object.entries(form.grants)) if (g.until instanceof Date && g.until <= now) errors[`grants.${n}.until`] = "Choose a date in the future.";
  if (Object.keys(errors).length) throw new AppError("INVALID_INPUT", INVALID, errors);
  await validateCcaps(db, Object.values(form.grants).map((g) => g.ccap).filter(Boolean), "grants");
  const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.email, form.email)).limit(1);
  if (taken) throw new AppError("CONFLICT", "A member already has this address.", { email: "A member already has this address: search for it and change their access there." });
}

/**
 * Adds a member by hand: an unverified free account with the address (its owner proves it by
 * signing in with an e-mail link or code), then level, complimentary access and capability
 * grants through the same audited steps as the member page, and labels and a note. All or
 * nothing, in one transaction.
 */
export async function createMember(db: Database, options: { actor: StaffViewer; input: unknown; now: Date; locale?: Locale }): Promise<{ id: string; message: string }> {
  const form = parseInput(createSchema, options.input);
  const say = translator(options.locale ?? DEFAULT_LOCALE, "adminPeople");
  const { actor, now } = options;
  await checkGrants(db, form, now);
  const id = await inTransaction(db, async (t) => {
    const [user] = await t.insert(users).values({ email: form.email, name: form.name || null }).returning({ id: users.id });
    const userId = user!.id;
    await enqueueWebhookEvent(t, { type: "member.created", data: { memberId: userId, email: form.email, name: form.name || null, source: "staff" } });
    await recordAudit(t, { actorId: actor.id, action: "member.create", targetType: "member", targetId: userId, before: null, after: { email: form.email, name: form.name } });
    const change = (input: Record<string, unknown>) => changeEntitlements(t, { actor, userId, input: { ...input, reason: "added by hand" }, now });
    if (form.level > 0) await change({ action: "set-level", level: form.level });
    if (form.compLevel !== "" && form.compUntil instanceof Date) await change({ action: "set-comp", level: form.compLevel, until: form.compUntil.toISOString() });
    for (const g of Object.values(form.grants)) if (g.ccap) await change({ action: "grant-ccap", ccap: g.ccap, until: g.until instanceof Date ? g.until.toISOString() : "" });
    if (form.labels.trim() || form.notes.trim()) await setMemberLabels(t, { actor, userId, input: { labels: form.labels, notes: form.notes }, now });
    return userId;
  });
  return { id, message: say("answers.created", { email: form.email }) };
}
