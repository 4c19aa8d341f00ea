import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { memberCcaps, outbox, users } from "@/db/schema";
import { createTestDatabase } from "@/db/test-database";
import { decideAccess } from "@/lib/access/decide-access";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { claimVerifiedEmail } from "./claim-verified-email";
import { createSession } from "./create-session";
import { listSessions } from "./list-sessions";
import { loadSessionMember, loadViewer } from "./load-viewer";
import { revokeOtherSessions, revokeSession } from "./revoke-sessions";
import { signInWithPassword } from "./sign-in-with-password";
import { signUpWithPassword } from "./sign-up-with-password";

let db: Database;
let drop: () => Promise<void>;
const now = new Date("2026-11-29T12:00:00Z");
const ORIGIN = "http://lede.test";

/** A new account's id (these tests sign up fresh addresses). */
async function signUp(input: object): Promise<{ userId: string }> {
  const { userId } = await signUpWithPassword(db, input, { origin: ORIGIN });
  if (!userId) throw new Error("the address already had an account");
  return { userId };
}

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
});
afterAll(async () => drop());

describe("accounts and sessions", () => {
  it("signs up, refuses a duplicate, and checks passwords", async () => {
    const { userId } = await signUp({ name: "Ann", email: " Ann@Example.org ", password: "correct horse battery" });
    // An address with an account: the same answer as a new one (no error), and its owner is e-mailed.
    await expect(signUpWithPassword(db, { name: "Mallory", email: " ANN@example.org", password: "mallorys password" }, { origin: ORIGIN })).resolves.toEqual({ userId: null });
    const mail = await db.select().from(outbox).where(eq(outbox.to, "ann@example.org"));
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toContain("already have an account");
    expect(mail[0]!.text).toContain(`${ORIGIN}/signin?email=ann%40example.org`);
    expect((await signInWithPassword(db, { email: "ann@example.org", password: "correct horse battery" })).userId).toBe(userId);
    await expect(signInWithPassword(db, { email: "ann@example.org", password: "mallorys password" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(signUp({ name: "", email: "bad", password: "short" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { name: "Enter your name.", email: "Enter a valid e-mail address.", password: "Use at least 10 characters." },
    });
    expect((await signInWithPassword(db, { email: "ANN@example.org", password: "correct horse battery" })).userId).toBe(userId);
    await expect(signInWithPassword(db, { email: "ann@example.org", password: "wrong password!" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(signInWithPassword(db, { email: "nobody@example.org", password: "wrong password!" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("loads the viewer with entitlements in one go, and follows changes on the next request", async () => {
    const { userId } = await signUp({ name: "Ben", email: "ben@example.org", password: "correct horse battery" });
    const { token } = await createSession(db, { userId, userAgent: "test", maxSessions: 3, now });
    const requirement = { level: 1, ccaps: ["dossier_libya"] };
    const ctx = { now, isPublished: true, isOwnArticle: false };
    let member = (await loadViewer(db, token, now))!;
    expect(decideAccess(member.viewer, requirement, ctx).reason).toBe("level-too-low");

    await db.update(users).set({ level: 1 }).where(eq(users.id, userId));
    await db.insert(memberCcaps).values({ userId, ccap: "dossier_libya", expiresAt: new Date("2026-12-01T00:00:00Z") });
    member = (await loadViewer(db, token, now))!;
    expect(decideAccess(member.viewer, requirement, ctx).allowed).toBe(true);
    // The ccap's end date is honoured.
    expect(decideAccess(member.viewer, requirement, { ...ctx, now: new Date("2026-12-02T00:00:00Z") }).reason).toBe("missing-ccap");

    await db.update(users).set({ level: 0, compLevel: 2, compUntil: new Date("2026-11-30T00:00:00Z") }).where(eq(users.id, userId));
    member = (await loadViewer(db, token, now))!;
    expect(decideAccess(member.viewer, { level: 2, ccaps: [] }, ctx).reason).toBe("complimentary");
  });

  it("keeps the newest sessions within the limit and records why the oldest ended", async () => {
    const { userId } = await signUp({ name: "Cat", email: "cat@example.org", password: "correct horse battery" });
    const tokens: string[] = [];
    for (let i = 0; i < 4; i++) {
      const at = new Date(now.getTime() + i * 1000);
      const s = await createSession(db, { userId, userAgent: `agent ${i}`, maxSessions: 3, now: at });
      tokens.push(s.token);
      expect(s.revokedOthers).toBe(i === 3 ? 1 : 0);
    }
    expect(await loadViewer(db, tokens[0]!, now)).toBeNull();
    expect(await loadViewer(db, tokens[3]!, now)).not.toBeNull();
    expect((await listSessions(db, { userId, now })).length).toBe(3);
  });

  it("a member cannot revoke another member's session", async () => {
    const a = await signUp({ name: "Dan", email: "dan@example.org", password: "correct horse battery" });
    const b = await signUp({ name: "Eve", email: "eve@example.org", password: "correct horse battery" });
    const sa = await createSession(db, { userId: a.userId, userAgent: null, maxSessions: 3, now });
    const victim = (await loadViewer(db, sa.token, now))!;
    expect(await revokeSession(db, { userId: b.userId, sessionId: victim.sessionId })).toBe(false);
    expect(await loadViewer(db, sa.token, now)).not.toBeNull();
    expect(await revokeOtherSessions(db, { userId: b.userId })).toBe(0);
    expect(await revokeSession(db, { userId: a.userId, sessionId: victim.sessionId })).toBe(true);
    expect(await loadViewer(db, sa.token, now)).toBeNull();
  });
});

describe("proving an e-mail address", () => {
  it("drops a password nobody had proved the address for, with its sessions", async () => {
    // Someone signs up with another person's address and a password of their own.
    const { userId } = await signUp({ name: "Squatter", email: "owner@example.org", password: "squatters-password" });
    const squatter = await createSession(db, { userId, userAgent: null, maxSessions: 3, now });
    expect(await claimVerifiedEmail(db, { userId })).toEqual({ droppedPassword: true });
    await db.update(users).set({ emailVerified: now }).where(eq(users.id, userId));
    expect(await loadViewer(db, squatter.token, now)).toBeNull();
    await expect(signInWithPassword(db, { email: "owner@example.org", password: "squatters-password" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("keeps the password and sessions of an address already proved, and of accounts without a password", async () => {
    const { userId } = await signUp({ name: "Fay", email: "fay@example.org", password: "correct horse battery" });
    await db.update(users).set({ emailVerified: now }).where(eq(users.id, userId));
    const s = await createSession(db, { userId, userAgent: null, maxSessions: 3, now });
    expect(await claimVerifiedEmail(db, { userId })).toEqual({ droppedPassword: false });
    expect(await loadViewer(db, s.token, now)).not.toBeNull();
    expect((await signInWithPassword(db, { email: "fay@example.org", password: "correct horse battery" })).userId).toBe(userId);
    const [linkOnly] = await db.insert(users).values({ email: "gus@example.org", level: 0, role: "reader" }).returning({ id: users.id });
    expect(await claimVerifiedEmail(db, { userId: linkOnly!.id })).toEqual({ droppedPassword: false });
  });
});

describe("hostile session tokens", () => {
  it("a cookie value with a NUL or other control character is no session, and never reaches a query", async () => {
    for (const token of ["\u0000", "abc\u0000def", "\u0001", "x".repeat(5000), "' OR 1=1--"]) {
      await expect(loadSessionMember(db, token, { now, userAgent: null }), JSON.stringify(token.slice(0, 12))).resolves.toBeNull();
    }
  });
});

describe("rate limits", () => {
  it("allows up to the limit per window, then refuses, then resets in the next window", async () => {
    const rule = { key: "test:key", limit: 3, windowSeconds: 60 };
    for (let i = 0; i < 3; i++) await consumeRateLimit(db, [rule], now);
    await expect(consumeRateLimit(db, [rule], now)).rejects.toMatchObject({ code: "RATE_LIMITED", status: 429 });
    await expect(consumeRateLimit(db, [rule], new Date(now.getTime() + 60_000))).resolves.toBeUndefined();
  });
});
