import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditLog, outbox, staffInvitations, users } from "@/db/schema";
import { createTestDatabase } from "@/db/test-database";
import { setMemberRole } from "../members/set-member-role";
import { acceptStaffInvitation } from "./accept-staff-invitation";
import { inviteStaff } from "./invite-staff";
import { revokeStaffInvitation } from "./revoke-staff-invitation";

/* Staff invitations: the role goes only to the account of the address the link was sent to. */

let db: Database;
let drop: () => Promise<void>;
let admin: { id: string; role: "admin" };
const ORIGIN = "https://news.example.org";
const now = () => new Date();

async function account(email: string, extra: Partial<typeof users.$inferInsert> = {}): Promise<string> {
  const [row] = await db.insert(users).values({ email, ...extra }).returning({ id: users.id });
  return row!.id;
}

/** Invites and returns the token from the e-mailed link. */
async function invite(email: string, role: string, actor: { id: string; role: "admin" } = admin): Promise<string> {
  await inviteStaff(db, { actor, input: { email, role }, origin: ORIGIN, now: now() });
  const [mail] = await db.select().from(outbox).where(eq(outbox.to, email.toLowerCase())).orderBy(desc(outbox.id)).limit(1);
  const link = mail!.text.split("\n").find((l) => l.startsWith(ORIGIN))!;
  expect(link).toMatch(/^https:\/\/news\.example\.org\/staff-invitation\?token=[\w-]{43}$/);
  return new URL(link).searchParams.get("token")!;
}

const roleOf = async (id: string) => (await db.select({ role: users.role, emailVerified: users.emailVerified }).from(users).where(eq(users.id, id)))[0]!;

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  admin = { id: await account("chief@example.org", { role: "admin", emailVerified: now() }), role: "admin" };
});
afterAll(async () => {
  await drop();
});

describe("staff invitations", () => {
  it("only the invited address's account can accept; accepting proves the address and gives the role once", async () => {
    const token = await invite("New.Editor@Example.org", "editor");
    const [stored] = await db.select().from(staffInvitations).where(eq(staffInvitations.email, "new.editor@example.org"));
    expect(stored!.tokenHash).not.toContain(token);

    const other = await account("someone-else@example.org", { emailVerified: now() });
    await expect(acceptStaffInvitation(db, { userId: other, token, now: now() })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await roleOf(other)).role).toBe("reader");

    // The invitee signed up with a password (the address not proved yet): the link proves it.
    const invitee = await account("new.editor@example.org", { passwordHash: "x" });
    const result = await acceptStaffInvitation(db, { userId: invitee, token, now: now() });
    expect(result.role).toBe("editor");
    const after = await roleOf(invitee);
    expect(after.role).toBe("editor");
    expect(after.emailVerified).not.toBeNull();
    const audit = await db.select({ action: auditLog.action, actorId: auditLog.actorId }).from(auditLog).where(eq(auditLog.targetId, invitee));
    expect(audit).toEqual([{ action: "role.change", actorId: admin.id }]);

    await expect(acceptStaffInvitation(db, { userId: invitee, token, now: now() })).rejects.toMatchObject({ code: "CONFLICT", message: "This invitation was already accepted." });
  });

  it("an unknown, expired, replaced or withdrawn link gives nothing", async () => {
    const invitee = await account("late@example.org", { emailVerified: now() });
    await expect(acceptStaffInvitation(db, { userId: invitee, token: "x".repeat(43), now: now() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(acceptStaffInvitation(db, { userId: invitee, token: { $ne: null }, now: now() })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const expired = await invite("late@example.org", "author");
    await expect(acceptStaffInvitation(db, { userId: invitee, token: expired, now: new Date(Date.now() + 8 * 86_400_000) })).rejects.toMatchObject({ message: /expired/ });

    const replaced = await invite("late@example.org", "author");
    const newer = await invite("late@example.org", "editor");
    await expect(acceptStaffInvitation(db, { userId: invitee, token: replaced, now: now() })).rejects.toMatchObject({ message: /withdrawn/ });
    const [row] = await db.select({ id: staffInvitations.id }).from(staffInvitations).where(and(eq(staffInvitations.email, "late@example.org"), eq(staffInvitations.role, "editor")));
    await revokeStaffInvitation(db, { actor: admin, invitationId: row!.id, now: now() });
    await expect(acceptStaffInvitation(db, { userId: invitee, token: newer, now: now() })).rejects.toMatchObject({ message: /withdrawn/ });
    expect((await roleOf(invitee)).role).toBe("reader");
  });

  it("an invitation from an admin who has lost the role is void", async () => {
    const second = { id: await account("second-admin@example.org", { role: "admin", emailVerified: now() }), role: "admin" as const };
    const token = await invite("friend@example.org", "admin", second);
    await setMemberRole(db, { actor: admin, userId: second.id, input: { role: "author" } });
    const friend = await account("friend@example.org", { emailVerified: now() });
    await expect(acceptStaffInvitation(db, { userId: friend, token, now: now() })).rejects.toMatchObject({ message: /withdrawn/ });
    expect((await roleOf(friend)).role).toBe("reader");
  });

  it("bad input is a clear 400; the same role twice is a conflict; an editor cannot raise themselves", async () => {
    await expect(inviteStaff(db, { actor: admin, input: { email: "not an address", role: "editor" }, origin: ORIGIN, now: now() })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(inviteStaff(db, { actor: admin, input: { email: "x@example.org", role: "reader" }, origin: ORIGIN, now: now() })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(inviteStaff(db, { actor: admin, input: { email: "chief@example.org", role: "admin" }, origin: ORIGIN, now: now() })).rejects.toMatchObject({ code: "CONFLICT" });
    const editor = await account("self-raiser@example.org", { role: "editor", emailVerified: now() });
    await expect(setMemberRole(db, { actor: { id: editor, role: "editor" }, userId: editor, input: { role: "admin" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await roleOf(editor)).role).toBe("editor");
  });
});
