import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { seedDatabase } from "@/scripts/seed/seed";
import { auditLog, entitlementHistory, memberCcaps, users } from "@/db/schema";
import { createTestDatabase } from "@/db/test-database";
import { updateSettings } from "../settings/update-settings";
import { changeEntitlements } from "./change-entitlements";
import { exportMembersCsv } from "./export-members-csv";
import { importMembersCsv } from "./import-members-csv";
import { loadMember } from "./load-member";
import { searchMembers } from "./search-members";
import { revokeMemberSessions } from "./revoke-member-sessions";
import { setMemberRole } from "./set-member-role";
import { signUpWithPassword } from "@/lib/auth/sign-up-with-password";

let db: Database;
let drop: () => Promise<void>;
let editorId: string;
let readerId: string;
const now = new Date("2026-11-29T12:00:00Z");

const editor = () => ({ id: editorId, role: "editor" as const });
const idOf = async (email: string) => (await db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  await seedDatabase(db, { demoAccounts: true });
  editorId = await idOf("editor@meridian.example");
  readerId = await idOf("level0@meridian.example");
});
afterAll(async () => drop());

describe("entitlement changes", () => {
  it("complimentary access until a date is kept in the history and the audit log", async () => {
    const result = await changeEntitlements(db, { actor: editor(), userId: readerId, input: { action: "set-comp", level: "2", until: "2026-11-30", reason: "press pass" }, now });
    expect(result.message).toMatch(/Complimentary level 2/);
    const [user] = await db.select().from(users).where(eq(users.id, readerId));
    expect(user!.compUntil!.toISOString()).toBe("2026-11-30T23:59:59.999Z");
    const [history] = await db.select().from(entitlementHistory).where(eq(entitlementHistory.userId, readerId));
    expect(history).toMatchObject({ fromLevel: 0, toLevel: 2, cause: "editor", actorId: editorId });
    const audits = await db.select().from(auditLog).where(eq(auditLog.targetId, readerId));
    expect(audits.map((a) => a.action)).toContain("member.set-comp");
    expect(audits[0]!.reason).toBe("press pass");
  });

  it("grants and removes a ccap with an end date, and validates input", async () => {
    await changeEntitlements(db, { actor: editor(), userId: readerId, input: { action: "grant-ccap", ccap: "pdf_edition", until: "2027-01-31" }, now });
    const [held] = await db.select().from(memberCcaps).where(eq(memberCcaps.userId, readerId));
    expect(held!.expiresAt!.toISOString().slice(0, 10)).toBe("2027-01-31");
    await changeEntitlements(db, { actor: editor(), userId: readerId, input: { action: "remove-ccap", ccap: "pdf_edition" }, now });
    expect(await db.select().from(memberCcaps).where(eq(memberCcaps.userId, readerId))).toEqual([]);
    await expect(changeEntitlements(db, { actor: editor(), userId: readerId, input: { action: "grant-ccap", ccap: "nope_nope" }, now })).rejects.toMatchObject({ fieldErrors: { ccap: expect.stringContaining("Unknown") } });
    await expect(changeEntitlements(db, { actor: editor(), userId: readerId, input: { action: "set-comp", level: "2", until: "2020-01-01" }, now })).rejects.toMatchObject({ fieldErrors: { until: "Choose a date in the future." } });
    await expect(changeEntitlements(db, { actor: editor(), userId: readerId, input: { action: "set-level", level: "7" }, now })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const detail = (await loadMember(db, readerId, now))!;
    expect(detail.history.length).toBeGreaterThanOrEqual(3);
  });

  it("answers in the site's language", async () => {
    const granted = await changeEntitlements(db, { actor: editor(), userId: readerId, input: { action: "grant-ccap", ccap: "pdf_edition", until: "2027-01-31" }, now, locale: "fr" });
    expect(granted.message).toBe("pdf_edition accordé jusqu’au 2027-01-31.");
    const removed = await changeEntitlements(db, { actor: editor(), userId: readerId, input: { action: "remove-ccap", ccap: "pdf_edition" }, now, locale: "fr" });
    expect(removed.message).toBe("pdf_edition retiré.");
    const csv = "email,name\nnouveau@meridian.example,Nouveau";
    const summary = await importMembersCsv(db, { actor: editor(), csv, dryRun: true, now, locale: "fr" });
    expect(summary.message).toBe("Essai : 1 à créer, 0 à mettre à jour. Aucune erreur : prêt à importer. 1 de ces adresses n’est pas vérifiée : quiconque s’inscrit avec l’une d’elles lit avec ses droits jusqu’à ce que son titulaire se connecte par e-mail.");
    const sessions = await revokeMemberSessions(db, { actor: editor(), userId: readerId, input: { action: "revoke-all" }, locale: "fr" });
    expect(sessions.message).toMatch(/^(Aucune session à fermer\.|\d+ sessions? fermées?\.)$/);
  });
});

describe("members search, export and import", () => {
  it("finds members by ccap and level", async () => {
    const { rows } = await searchMembers(db, { ccap: "dossier_libya", page: 1 }, { now, limit: 50 });
    expect(rows.map((r) => r.email)).toEqual(["ccap@meridian.example"]);
    expect((await searchMembers(db, { level: 4, page: 1 }, { now, limit: 50 })).rows.map((r) => r.email)).toContain("level4@meridian.example");
  });

  it("exports CSV that the import reads back unchanged", async () => {
    const csv = await exportMembersCsv(db, { q: "ccap@", page: 1 }, now);
    expect(csv.split("\n")[0]).toBe("email,name,level,level_until,ccaps,role,plan_status,created_at");
    expect(csv).toContain("ccap@meridian.example,Dara Dossier,1,,dossier_libya;pdf_edition,reader");
    const summary = await importMembersCsv(db, { actor: editor(), csv, dryRun: true, now });
    expect(summary).toMatchObject({ create: 0, update: 1, errors: [] });
  });

  it("neutralises spreadsheet formulas in exported names, and reads them back", async () => {
    await db.update(users).set({ name: "=HYPERLINK(\"http://evil\")" }).where(eq(users.email, "level3@meridian.example"));
    const csv = await exportMembersCsv(db, { q: "level3@", page: 1 }, now);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    await importMembersCsv(db, { actor: editor(), csv, dryRun: false, now });
    expect((await db.select({ name: users.name }).from(users).where(eq(users.email, "level3@meridian.example")))[0]!.name).toBe("=HYPERLINK(\"http://evil\")");
  });

  it("a dry run reports per-row errors and imports nothing; a clean file imports", async () => {
    const bad = "email,name,level,ccaps\nnew-one@example.org,New One,2,pdf_edition:2027-01-01\nnot-an-email,X,1,\nsecond@example.org,,9,\nthird@example.org,,1,unknown_cap\n";
    const dry = await importMembersCsv(db, { actor: editor(), csv: bad, dryRun: false, now });
    expect(dry.dryRun).toBe(true);
    expect(dry.errors.map((e) => e.line)).toEqual([3, 4, 5]);
    expect(await db.select().from(users).where(eq(users.email, "new-one@example.org"))).toEqual([]);

    const good = "email,name,level,level_until,ccaps\nnew-one@example.org,New One,2,,pdf_edition:2027-01-01\nlevel1@meridian.example,,3,2026-12-31,\n";
    expect((await importMembersCsv(db, { actor: editor(), csv: good, dryRun: true, now })).message).toMatch(/1 to create, 1 to update/);
    const done = await importMembersCsv(db, { actor: editor(), csv: good, dryRun: false, now });
    expect(done).toMatchObject({ dryRun: false, create: 1, update: 1 });
    const [created] = await db.select().from(users).where(eq(users.email, "new-one@example.org"));
    expect(created!.level).toBe(2);
    const [comp] = await db.select().from(users).where(eq(users.email, "level1@meridian.example"));
    expect(comp).toMatchObject({ level: 1, compLevel: 3 });
  });
});

describe("roles and settings", () => {
  it("the last admin cannot step down; roles are audited", async () => {
    const adminId = await idOf("admin@meridian.example");
    const admin = { id: adminId, role: "admin" as const };
    await expect(setMemberRole(db, { actor: admin, userId: adminId, input: { role: "editor" } })).rejects.toMatchObject({ code: "CONFLICT" });
    await setMemberRole(db, { actor: admin, userId: readerId, input: { role: "author", reason: "new hire" } });
    const audits = await db.select().from(auditLog).where(eq(auditLog.action, "role.change"));
    expect(audits[0]).toMatchObject({ before: { role: "reader" }, after: { role: "author" }, reason: "new hire" });
  });

  it("editors set labels and teaser length; only admins the site settings", async () => {
    const editor = { id: editorId, role: "editor" as const };
    const labels = ["Free", "Reader", "Premium", "Insider", "Patron"];
    await expect(updateSettings(db, editor, { section: "access", levelLabels: labels, teaserParagraphs: "25" })).rejects.toMatchObject({ fieldErrors: { teaserParagraphs: "At most 20." } });
    const ok = await updateSettings(db, editor, { section: "access", levelLabels: labels, teaserParagraphs: "2" });
    expect(ok.message).toMatch(/re-rendered/);
    expect(ok.tags).toEqual(["all"]);
    await expect(updateSettings(db, editor, { section: "site", maxSessionsPerMember: "3", pastDueGraceDays: "7", revokeOnRefund: "on" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("staff act only on accounts below their own role", () => {
  it("an editor cannot change an admin's or another editor's entitlements, sessions or import row; an admin can", async () => {
    const adminId = await idOf("admin@meridian.example");
    const [otherEditor] = await db.insert(users).values({ email: "second-editor@meridian.example", role: "editor", emailVerified: now }).returning({ id: users.id });
    for (const userId of [adminId, otherEditor!.id]) {
      await expect(changeEntitlements(db, { actor: editor(), userId, input: { action: "set-level", level: "0" }, now })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(revokeMemberSessions(db, { actor: editor(), userId, input: { action: "revoke-all" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const csv = "email,name,level\nadmin@meridian.example,,0\nlevel2@meridian.example,,2\n";
    const refused = await importMembersCsv(db, { actor: editor(), csv, dryRun: false, now });
    expect(refused).toMatchObject({ dryRun: true, errors: [{ line: 2, message: expect.stringContaining("only an admin") }] });
    expect(await changeEntitlements(db, { actor: editor(), userId: readerId, input: { action: "set-level", level: "0" }, now })).toMatchObject({ message: "Level set to 0." });
    await expect(changeEntitlements(db, { actor: { id: adminId, role: "admin" }, userId: otherEditor!.id, input: { action: "set-level", level: "1" }, now })).resolves.toBeDefined();
    await expect(revokeMemberSessions(db, { actor: { id: adminId, role: "admin" }, userId: otherEditor!.id, input: { action: "revoke-all" } })).resolves.toBeDefined();
  });
});

describe("roles for addresses nobody has proved", () => {
  it("a staff role is refused for an unverified sign-up, given once the owner proved the address; grants warn", async () => {
    const admin = { id: await idOf("admin@meridian.example"), role: "admin" as const };
    const userId = (await signUpWithPassword(db, { name: "Squatter", email: "future-colleague@meridian.example", password: "squatter-password" }, { origin: "http://lede.test" })).userId!;
    await expect(setMemberRole(db, { actor: admin, userId, input: { role: "editor" } })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("has not proved this address") });
    expect((await db.select({ role: users.role }).from(users).where(eq(users.id, userId)))[0]!.role).toBe("reader");
    const granted = await changeEntitlements(db, { actor: editor(), userId, input: { action: "set-level", level: "2" }, now });
    expect(granted.message).toContain("not verified");
    expect((await importMembersCsv(db, { actor: editor(), csv: "email,level\nfuture-colleague@meridian.example,1\n", dryRun: true, now })).message).toContain("not verified");
    // The colleague signs in by e-mail: the address is proved (Auth.js sets emailVerified), and the role can be given.
    await db.update(users).set({ emailVerified: now }).where(eq(users.id, userId));
    await expect(setMemberRole(db, { actor: admin, userId, input: { role: "editor" } })).resolves.toMatchObject({ message: expect.stringContaining("is now editor") });
    expect((await changeEntitlements(db, { actor: editor(), userId: readerId, input: { action: "set-level", level: "1" }, now })).message).not.toContain("not verified");
  });
});

describe("hostile member ids", () => {
  it("an id with a NUL or other junk is 'no such member' before any query", async () => {
    for (const userId of ["a\u0000b", "\u0001", "x".repeat(500)]) {
      expect(await loadMember(db, userId, now)).toBeNull();
      await expect(changeEntitlements(db, { actor: editor(), userId, input: { action: "set-level", level: "1" }, now })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(revokeMemberSessions(db, { actor: editor(), userId, input: { action: "revoke-all" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(changeEntitlements(db, { actor: editor(), userId: readerId, input: { action: "grant-ccap", ccap: "pdf_edition", reason: "nul\u0000" }, now })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});
