import { parse } from "csv-parse/sync";
import { eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { inTransaction, type Database } from "@/db/client";
import { ccapCatalogue, memberCcaps, users } from "@/db/schema";
import { emailSchema } from "@/lib/auth/credentials-schema";
import { AppError } from "@/lib/errors";
import { enqueueWebhookEvent } from "@/lib/webhooks/enqueue-webhook-event";
import { recordAudit } from "../audit/record-audit";
import { endDateSchema } from "../end-date-schema";
import { canActOnMember, type StaffViewer } from "../permissions";
import { entitlementSnapshot } from "./entitlement-snapshot";
import { fromSafeCell } from "./members-csv-columns";
import { currentEntitlements } from "@/lib/billing/record-entitlement-change";
import { recordEntitlementChange } from "./record-entitlement-change";
import { translator } from "@/lib/i18n/translator";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

const MAX_ROWS = 5000;

const rowSchema = z.object({
  email: emailSchema,
  name: z.string().trim().max(100, "name: at most 100 characters.").optional(),
  level: z.union([z.literal(""), z.coerce.number().int().min(0).max(4)], { error: "level: use 0 to 4 or leave empty." }).optional(),
  level_until: z.union([z.literal(""), endDateSchema]).optional(),
  ccaps: z.string().optional(),
});

interface PlannedRow {
  line: number;
  email: string;
  name: string | undefined;
  level: number | undefined;
  levelUntil: Date | undefined;
  ccaps: { name: string; expiresAt: Date | null }[];
}

export interface ImportSummary {
  dryRun: boolean;
  rows: number;
  create: number;
  update: number;
  errors: { line: number; message: string }[];
  message: string;
}

function parseCcaps(cell: string | undefined): { name: string; expiresAt: Date | null }[] {
  return (cell ?? "")
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((item) => {
      const [name, until] = item.split(":").map((s) => s.trim());
      if (!name || !/^[a-z][a-z0-9_]{1,49}$/.test(name)) throw new Error(`ccaps: “${item}” is not a capability name.`);
      if (!until) return { name, expiresAt: null };
      const date = endDateSchema.safeParse(until);
      if (!date.success) throw new Error(`ccaps: “${until}” is not a date (use YYYY-MM-DD).`);
      return { name, expiresAt: date.data };
    });
}

/**
 * Imports members from CSV (email, name, level, level_until, ccaps). A dry run reports
 * what would happen and every row's error; a real run applies only a file without errors,
 * recording each change in the entitlement history and the audit log.
 */
export async function importMembersCsv(db: Database, options: { actor: StaffViewer; csv: string; dryRun: boolean; now: Date; locale?: Locale }): Promise<ImportSummary> {
  const say = translator(options.locale ?? DEFAULT_LOCALE, "adminPeople");
  let records: Record<string, string>[];
  try {
    records = parse(options.csv, { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, trim: true, bom: true });
  } catch (e) {
    throw new AppError("INVALID_INPUT", `The file is not valid CSV: ${(e as Error).message}`, { csv: "Not valid CSV." }, { key: "invalidCsv", values: { reason: (e as Error).message } });
  }
  if (records.length === 0) throw new AppError("INVALID_INPUT", "The file has no rows.", { csv: "No rows." });
  if (records.length > MAX_ROWS) throw new AppError("PAYLOAD_TOO_LARGE", `At most ${MAX_ROWS} rows per import.`, {}, { key: "tooManyRows", values: { max: MAX_ROWS } });
  if (!("email" in records[0]!)) throw new AppError("INVALID_INPUT", "The first line must name the columns, including email.", { csv: "Missing the email column." });

  const catalogue = new Set((await db.select({ name: ccapCatalogue.name }).from(ccapCatalogue)).map((c) => c.name));
  const errors: ImportSummary["errors"] = [];
  const planned: PlannedRow[] = [];
  const seen = new Set<string>();
  records.forEach((record, i) => {
    const line = i + 2;
    const parsed = rowSchema.safeParse(Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fromSafeCell(v)])));
    if (!parsed.success) return errors.push({ line, message: parsed.error.issues.map((iss) => (iss.path.length ? `${iss.path.join(".")}: ${iss.message}` : iss.message)).join("; ") });
    const r = parsed.data;
    if (seen.has(r.email)) return errors.push({ line, message: `${r.email} appears twice in the file.` });
    seen.add(r.email);
    try {
      const ccaps = parseCcaps(r.ccaps);
      const unknown = ccaps.filter((c) => !catalogue.has(c.name)).map((c) => c.name);
      if (unknown.length) return errors.push({ line, message: `ccaps: unknown capability ${unknown.join(", ")}.` });
      const levelUntil = r.level_until instanceof Date ? r.level_until : undefined;
      const level = typeof r.level === "number" ? r.level : undefined;
      if (levelUntil && level === undefined) return errors.push({ line, message: "level_until needs a level." });
      if (levelUntil && levelUntil <= options.now) return errors.push({ line, message: "level_until: choose a date in the future." });
      planned.push({ line, email: r.email, name: r.name || undefined, level, levelUntil, ccaps });
    } catch (e) {
      errors.push({ line, message: (e as Error).message });
    }
  });

  const existing = planned.length
    ? await db.select({ id: users.id, email: users.email, role: users.role, emailVerified: users.emailVerified }).from(users).where(inArray(users.email, planned.map((p) => p.email)))
    : [];
  const idByEmail = new Map(existing.map((u) => [u.email!, u.id]));
  // The same rule as every other change to an account: only accounts below the actor's role.
  for (const u of existing.filter((u) => !canActOnMember(options.actor.role, u.role))) {
    errors.push({ line: planned.find((p) => p.email === u.email)!.line, message: `${u.email} is ${u.role === "admin" ? "an" : "a"} ${u.role}: only an admin can change that account.` });
  }
  errors.sort((a, b) => a.line - b.line);
  const unverified = planned.length - existing.filter((u) => u.emailVerified !== null).length;
  const warning = unverified > 0 ? ` ${say("answers.importUnverified", { count: unverified })}` : "";
  const create = planned.filter((p) => !idByEmail.has(p.email)).length;
  const summary = { dryRun: options.dryRun, rows: records.length, create, update: planned.length - create, errors };
  if (options.dryRun || errors.length > 0) {
    const verdict = errors.length ? say("answers.importErrors", { count: errors.length }) : say("answers.importReady");
    return { ...summary, dryRun: true, message: `${say("answers.dryRun", { create, update: planned.length - create })} ${verdict}${warning}` };
  }

  await inTransaction(db, async (t) => {
    for (const p of planned) {
      let userId = idByEmail.get(p.email);
      if (!userId) {
        const [row] = await t.insert(users).values({ email: p.email, name: p.name ?? null, level: 0, role: "reader" }).returning({ id: users.id });
        userId = row!.id;
        await enqueueWebhookEvent(t, { type: "member.created", data: { memberId: userId, email: p.email, name: p.name ?? null, source: "import" } });
      } else if (p.name) {
        await t.update(users).set({ name: p.name }).where(eq(users.id, userId));
      }
      const before = await entitlementSnapshot(t, userId);
      const accessBefore = await currentEntitlements(t, userId, options.now);
      if (p.level !== undefined && p.levelUntil) await t.update(users).set({ compLevel: p.level, compUntil: p.levelUntil }).where(eq(users.id, userId));
      else if (p.level !== undefined) await t.update(users).set({ level: p.level }).where(eq(users.id, userId));
      for (const c of p.ccaps) {
        await t.insert(memberCcaps).values({ userId, ccap: c.name, expiresAt: c.expiresAt }).onConflictDoUpdate({ target: [memberCcaps.userId, memberCcaps.ccap], set: { expiresAt: c.expiresAt } });
      }
      const after = await entitlementSnapshot(t, userId);
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        await recordEntitlementChange(t, { userId, actorId: options.actor.id, action: "member.import", before, after, accessBefore, reason: "CSV import", now: options.now });
      }
    }
    await recordAudit(t, { actorId: options.actor.id, action: "member.import-file", targetType: "import", targetId: options.now.toISOString(), before: null, after: { rows: records.length, create, update: planned.length - create } });
  });
  return { ...summary, message: `${say("answers.imported", { create, update: planned.length - create })}${warning}` };
}
