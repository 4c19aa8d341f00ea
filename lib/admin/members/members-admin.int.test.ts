import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditLog, memberCcaps, sessions, users } from "@/db/schema";
import { createTestDatabase } from "@/db/test-database";
import { seedDatabase } from "@/scripts/seed/seed";
import { bulkMemberAction } from "./bulk-member-action";
import { createMember } from "./create-member";
import { parseMemberQuery } from "./member-query";
import { searchMembers } from "./search-members";
import { loadMemberLabels, setMemberLabels } from "./set-member-labels";

let db: Database;
let drop: () => Promise<void>;
let editorId: string;
const now = new Date("2026-12-01T12:00:00Z");
const editor = () => ({ id: editorId, role: "editor" as const });
const idOf = async (email: string) => (await db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;
const find = async (filter: Record<string, string>) => (await searchMembers(db, parseMemberQuery(filter), { now, limit: null })).rows.map((r) => r.email).sort();

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  await seedDatabase(db, { demoAccounts: true });
  editorId = await idOf("editor@meridian.example");
});
afterAll(async () => drop());

describe("adding a member by hand", () => {
  it("creates an unverified account with level, complimentary access, a dated grant, labels and a note, all audited", async () => {
    const created = await createMember(db, {
      actor: editor(),
      input: { email: " Ines@Press.example ", name: "Inès Duval", level: "1", compLevel: "3", compUntil: "2027-01-31", grants: { "0": { ccap: "pdf_edition", until: "2027-06-30" }, "1": { ccap: "", until: "" } }, labels: "press, Conference 2026", notes: "Met at the Brussels forum." },
      now,
    });
    const [user] = await db.select().from(users).where(eq(users.id, created.id));
    expect(user).toMatchObject({ email: "ines@press.example", name: "Inès Duval", level: 1, compLevel: 3, emailVerified: null, role: "reader" });
    expect(user!.compUntil!.toISOString()).toBe("2027-01-31T23:59:59.999Z");
    const [grant] = await db.select().from(memberCcaps).where(eq(memberCcaps.userId, created.id));
    expect(grant).toMatchObject({ ccap: "pdf_edition" });
    expect(grant!.expiresAt!.toISOString()).toBe("2027-06-30T23:59:59.999Z");
    expect(await loadMemberLabels(db, created.id)).toEqual({ labels: ["conference-2026", "press"], notes: "Met at the Brussels forum." });
    const actions = (await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, created.id))).map((a) => a.action).sort();
    expect(actions).toEqual(["member.create", "member.grant-ccap", "member.labels", "member.set-comp", "member.set-level"]);
  });

  it("refuses a taken address, a past end date, an unknown capability and a bad label, creating nothing", async () => {
    await expect(createMember(db, { actor: editor(), input: { email: "level2@meridian.example" }, now })).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { email: expect.any(String) } });
    await expect(createMember(db, { actor: editor(), input: { email: "a@x.example", compLevel: "2", compUntil: "2020-01-01" }, now })).rejects.toMatchObject({ fieldErrors: { compUntil: "Choose a date in the future." } });
    await expect(createMember(db, { actor: editor(), input: { email: "a@x.example", grants: { "0": { ccap: "nope_cap" } } }, now })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(createMember(db, { actor: editor(), input: { email: "a@x.example", labels: "ok, bad_label!" }, now })).rejects.toMatchObject({ fieldErrors: { labels: expect.any(String) } });
    expect(await db.select().from(users).where(eq(users.email, "a@x.example"))).toEqual([]);
  });

  it("labels and notes change only on accounts below the actor's role", async () => {
    await expect(setMemberLabels(db, { actor: editor(), userId: await idOf("admin@meridian.example"), input: { labels: "x" }, now })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const reader = await idOf("level1@meridian.example");
    await setMemberLabels(db, { actor: editor(), userId: reader, input: { labels: "vip", notes: "" }, now });
    expect(await loadMemberLabels(db, reader)).toEqual({ labels: ["vip"], notes: "" });
  });
});

describe("filters and bulk actions", () => {
  it("filters by label, sign-up day and last-seen day", async () => {
    expect(await find({ label: "press" })).toEqual(["ines@press.example"]);
    expect(await find({ label: "press", level: "2" })).toEqual([]);
    const level3 = await idOf("level3@meridian.example");
    await db.update(users).set({ createdAt: new Date("2026-03-15T10:00:00Z") }).where(eq(users.id, level3));
    expect(await find({ joinedFrom: "2026-03-15", joinedTo: "2026-03-15" })).toEqual(["level3@meridian.example"]);
    await db.insert(sessions).values({ sessionToken: "t-bulk-1", userId: level3, expires: new Date("2027-01-01"), lastSeenAt: new Date("2026-11-20T08:00:00Z") });
    await db.insert(sessions).values({ sessionToken: "t-bulk-2", userId: level3, expires: new Date("2027-01-01"), lastSeenAt: new Date("2026-11-28T08:00:00Z") });
    expect(await find({ seenFrom: "2026-11-28", seenTo: "2026-11-28" })).toEqual(["level3@meridian.example"]);
    expect(await find({ seenFrom: "2026-11-20", seenTo: "2026-11-20" })).toEqual([]);
    expect(await find({ label: "no-such-label" })).toEqual([]);
  });

  it("labels and grants every member a filter finds that the actor may act on", async () => {
    const labelled = await bulkMemberAction(db, { actor: editor(), filter: { q: "meridian.example" }, input: { action: "add-label", label: "demo" }, now });
    const staffFree = (await find({ q: "meridian.example" })).filter((e) => e !== "editor@meridian.example" && e !== "admin@meridian.example");
    expect(labelled.count).toBe(staffFree.length);
    expect(await find({ label: "demo" })).toEqual(staffFree);
    const granted = await bulkMemberAction(db, { actor: editor(), filter: { label: "demo", level: "2" }, input: { action: "grant-ccap", ccap: "dossier_libya", until: "2027-01-01" }, now });
    expect(granted.count).toBe(1);
    const level2 = await idOf("level2@meridian.example");
    expect(await db.select().from(memberCcaps).where(and(eq(memberCcaps.userId, level2), eq(memberCcaps.ccap, "dossier_libya")))).toHaveLength(1);
    await bulkMemberAction(db, { actor: editor(), filter: { label: "demo" }, input: { action: "remove-label", label: "demo" }, now });
    expect(await find({ label: "demo" })).toEqual([]);
    await expect(bulkMemberAction(db, { actor: editor(), filter: {}, input: { action: "grant-ccap", ccap: "dossier_libya", until: "2020-01-01" }, now })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const [summary] = await db.select().from(auditLog).where(eq(auditLog.action, "member.bulk"));
    expect(summary).toBeDefined();
  });
});
