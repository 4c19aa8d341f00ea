import { eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { organisationManagers, organisations, users } from "@/db/schema";
import { parseIpRanges } from "@/lib/access/institution/parse-ip-ranges";
import { parseEmailDomains } from "@/lib/access/organisation/parse-email-domains";
import { announceAccessSettingsChanged } from "@/lib/access/meter/announce-access-settings-changed";
import { AppError } from "@/lib/errors";
import { recordAudit } from "../audit/record-audit";
import { parseInput } from "../parse-input";
import { requirementSchema } from "../requirement-schema";
import { validateCcaps } from "../validate-ccaps";
import { translator } from "@/lib/i18n/translator";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

const DAY_MS = 24 * 60 * 60 * 1000;
const day = z.union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date.")]).default("");
const id = z.coerce.number().int().positive().max(2_147_483_647);

const organisationSchema = z.discriminatedUnion("action", [
  z.object({
    action: z.literal("save"),
    id: id.optional(),
    name: z.string().trim().min(1, "Enter a name.").max(200, "Use at most 200 characters."),
    grant: requirementSchema,
    startsOn: day,
    endsOn: day,
    ipRanges: z.string().max(20_000, "Too long.").default(""),
    emailDomains: z.string().max(10_000, "Too long.").default(""),
    seats: z.coerce.number({ message: "Enter a number of seats." }).int("Enter a whole number.").min(0, "At least 0.").max(100_000, "At most 100,000.").default(0),
    managers: z.string().max(10_000, "Too long.").default(""),
    reason: z.string().max(300).default(""),
  }),
  z.object({ action: z.literal("delete"), id, reason: z.string().max(300).default("") }),
]);

/** A day as the form gives it: its start (UTC), or, for an end, the start of the next day (the end is exclusive). */
function dayStart(value: string, field: string, next = false): Date | null {
  if (value === "") return null;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", { [field]: "Enter a valid date." });
  return next ? new Date(date.getTime() + DAY_MS) : date;
}

/**
 * Adds, changes or removes an organisation with institutional access (editors), audited; the
 * server reads the ranges again at once (server/access/organisation-ranges).
 */
export async function saveOrganisation(db: Database, options: { actorId: string; input: unknown; locale?: Locale }): Promise<{ message: string; id: number }> {
  const form = parseInput(organisationSchema, options.input);
  const say = translator(options.locale ?? DEFAULT_LOCALE, "adminPeople");
  if (form.action === "delete") {
    const [before] = await db.delete(organisations).where(eq(organisations.id, form.id)).returning();
    if (!before) throw new AppError("NOT_FOUND", "No such organisation.");
    await recordAudit(db, { actorId: options.actorId, action: "organisation.delete", targetType: "organisation", targetId: String(form.id), before, after: null, reason: form.reason });
    announceAccessSettingsChanged();
    return { message: say("answers.organisationRemoved", { name: before.name }), id: form.id };
  }
  if (form.grant.level === null && form.grant.ccaps.length === 0) {
    throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", { "grant.level": "Choose what the organisation's readers may read." });
  }
  await validateCcaps(db, form.grant.ccaps, "grant.ccaps");
  const values = {
    name: form.name,
    level: form.grant.level,
    ccaps: [...form.grant.ccaps],
    startsAt: dayStart(form.startsOn, "startsOn"),
    endsAt: dayStart(form.endsOn, "endsOn", true),
    ipRanges: parseIpRanges(form.ipRanges),
    emailDomains: parseEmailDomains(form.emailDomains),
    seats: form.seats,
  };
  const managerIds = await findManagers(db, form.managers);
  if (values.startsAt && values.endsAt && values.endsAt <= values.startsAt) {
    throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", { endsOn: "The term must end after it starts." });
  }
  let saved: { id: number };
  if (form.id !== undefined) {
    const [before] = await db.select().from(organisations).where(eq(organisations.id, form.id));
    if (!before) throw new AppError("NOT_FOUND", "No such organisation.");
    const managersBefore = await db.select({ email: users.email }).from(organisationManagers).innerJoin(users, eq(users.id, organisationManagers.userId)).where(eq(organisationManagers.organisationId, form.id));
    [saved] = (await db.update(organisations).set(values).where(eq(organisations.id, form.id)).returning({ id: organisations.id })) as [{ id: number }];
    await setManagers(db, saved.id, managerIds);
    const after = { ...values, managers: managerIds.map((m) => m.email) };
    await recordAudit(db, { actorId: options.actorId, action: "organisation.update", targetType: "organisation", targetId: String(saved.id), before: { ...before, managers: managersBefore.map((m) => m.email) }, after, reason: form.reason });
  } else {
    [saved] = (await db.insert(organisations).values(values).returning({ id: organisations.id })) as [{ id: number }];
    await setManagers(db, saved.id, managerIds);
    const after = { ...values, managers: managerIds.map((m) => m.email) };
    await recordAudit(db, { actorId: options.actorId, action: "organisation.create", targetType: "organisation", targetId: String(saved.id), before: null, after, reason: form.reason });
  }
  announceAccessSettingsChanged();
  return { id: saved.id, message: say("answers.organisationSaved", { name: form.name, ranges: values.ipRanges.length, domains: values.emailDomains.length, seats: values.seats }) };
}

/** The managers' accounts, by address (one per line or comma-separated); an address with no account is refused by name. */
async function findManagers(db: Database, input: string): Promise<{ id: string; email: string }[]> {
  const emails = [...new Set(input.split(/[\s,]+/).map((e) => e.trim().toLowerCase()).filter((e) => e !== ""))];
  if (emails.length === 0) return [];
  if (emails.length > 50) throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", { managers: "At most 50 managers." });
  const found = await db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, emails));
  const missing = emails.find((e) => !found.some((f) => f.email?.toLowerCase() === e));
  if (missing !== undefined) throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", { managers: `No member has the address ${missing.slice(0, 200)}.` }, undefined, {
      managers: { key: "noMemberWithAddress", values: { email: missing.slice(0, 200) } },
    });
  return found.map((f) => ({ id: f.id, email: f.email ?? "" }));
}

async function setManagers(db: Database, organisationId: number, managers: { id: string }[]): Promise<void> {
  await db.delete(organisationManagers).where(eq(organisationManagers.organisationId, organisationId));
  if (managers.length > 0) await db.insert(organisationManagers).values(managers.map((m) => ({ organisationId, userId: m.id })));
}
