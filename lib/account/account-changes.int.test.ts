import { desc, eq } from "drizzle-orm";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { accountTokens, outbox, sessions, users } from "@/db/schema";
import { createTestDatabase } from "@/db/test-database";
import { createSession } from "@/lib/auth/create-session";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { BillingGateway } from "@/lib/billing/billing-gateway";
import { stripeGateway } from "@/lib/billing/stripe-gateway";
import { startStripeStandIn, type StripeStandIn } from "@/scripts/stripe-stand-in/index";
import { claimVerifiedEmail } from "@/lib/auth/claim-verified-email";
import { willProofDropPassword } from "@/lib/auth/will-proof-drop-password";
import { signInEmail } from "@/lib/email/sign-in-email";
import { changePassword } from "./change-password";
import { loadPasswordState } from "./load-password-state";
import { confirmEmailChange } from "./confirm-email-change";
import { requestEmailChange } from "./request-email-change";
import { requestPasswordReset } from "./request-password-reset";
import { resetPassword } from "./reset-password";

const ORIGIN = "http://localhost:3000";
let db: Database;
let drop: () => Promise<void>;
let standIn: StripeStandIn;
let gateway: BillingGateway;
const now = new Date("2026-12-02T12:00:00Z");
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  standIn = await startStripeStandIn();
  gateway = stripeGateway(new Stripe("sk_test_standin", { host: "127.0.0.1", port: standIn.port, protocol: "http", maxNetworkRetries: 0, telemetry: false }));
});
afterAll(async () => {
  await standIn.stop();
  await drop();
});

const address = (name: string) => `${name}-${Math.random().toString(36).slice(2, 8)}@example.org`;

async function newMember(name: string, options: { password?: string; verified?: boolean } = {}) {
  const email = address(name);
  const passwordHash = options.password ? await hashPassword(options.password) : null;
  const [user] = await db.insert(users).values({ email, name, passwordHash, emailVerified: options.verified ? now : null }).returning({ id: users.id });
  return { userId: user!.id, email };
}

async function mailsTo(email: string) {
  return db.select().from(outbox).where(eq(outbox.to, email)).orderBy(desc(outbox.id));
}

const tokenIn = (text: string) => /token=([A-Za-z0-9_-]{43})/.exec(text)?.[1];

async function openSession(userId: string) {
  const { token } = await createSession(db, { userId, userAgent: "test", maxSessions: 10, now });
  const [row] = await db.select({ id: sessions.id }).from(sessions).where(eq(sessions.sessionToken, token));
  return row!.id;
}

describe("password reset links", () => {
  it("answer an unknown address exactly as a known one, and e-mail only the known one", async () => {
    const stranger = address("nobody");
    await expect(requestPasswordReset(db, { email: stranger, origin: ORIGIN, now })).resolves.toBeUndefined();
    expect(await mailsTo(stranger)).toHaveLength(0);
    const m = await newMember("ann", { password: "old-password-1" });
    await expect(requestPasswordReset(db, { email: ` ${m.email.toUpperCase()} `, origin: ORIGIN, now })).resolves.toBeUndefined();
    const [mail] = await mailsTo(m.email);
    expect(mail?.text).toContain(`${ORIGIN}/reset-password?token=`);
  });

  it("are stored hashed, work once, sign out every session and prove the address", async () => {
    const m = await newMember("ben", { password: "old-password-1" });
    await openSession(m.userId);
    await requestPasswordReset(db, { email: m.email, origin: ORIGIN, now });
    const token = tokenIn((await mailsTo(m.email))[0]!.text)!;
    const stored = await db.select().from(accountTokens).where(eq(accountTokens.userId, m.userId));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toContain(token);

    await resetPassword(db, { token, password: "new-password-22", now: later(5) });
    const [user] = await db.select().from(users).where(eq(users.id, m.userId));
    expect(await verifyPassword("new-password-22", user!.passwordHash!)).toBe(true);
    expect(user!.emailVerified).not.toBeNull();
    expect(await db.select().from(sessions).where(eq(sessions.userId, m.userId))).toHaveLength(0);
    await expect(resetPassword(db, { token, password: "third-password-3", now: later(6) })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("expire after 30 minutes, and a newer link ends the earlier one", async () => {
    const m = await newMember("cy", { password: "old-password-1" });
    await requestPasswordReset(db, { email: m.email, origin: ORIGIN, now });
    const first = tokenIn((await mailsTo(m.email))[0]!.text)!;
    await expect(resetPassword(db, { token: first, password: "new-password-22", now: later(31) })).rejects.toMatchObject({ code: "NOT_FOUND" });

    await requestPasswordReset(db, { email: m.email, origin: ORIGIN, now });
    const second = tokenIn((await mailsTo(m.email))[0]!.text)!;
    await requestPasswordReset(db, { email: m.email, origin: ORIGIN, now });
    const third = tokenIn((await mailsTo(m.email))[0]!.text)!;
    await expect(resetPassword(db, { token: second, password: "new-password-22", now })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(resetPassword(db, { token: third, password: "new-password-22", now })).resolves.toEqual({ userId: m.userId });
  });

  it("refuse a short password without using the link up", async () => {
    const m = await newMember("dee");
    await requestPasswordReset(db, { email: m.email, origin: ORIGIN, now });
    const mail = (await mailsTo(m.email))[0]!.text;
    expect(mail).toContain("has no password at the moment");
    const token = tokenIn(mail)!;
    await expect(resetPassword(db, { token, password: "short", now })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(resetPassword(db, { token, password: "long-enough-1", now })).resolves.toEqual({ userId: m.userId });
  });
});

describe("changing the password", () => {
  it("needs the current one when there is one, and signs out the other sessions only", async () => {
    const m = await newMember("eve", { password: "old-password-1", verified: true });
    const other = await openSession(m.userId);
    const here = await openSession(m.userId);
    await expect(changePassword(db, { userId: m.userId, sessionId: here, currentPassword: "wrong-password", newPassword: "new-password-22" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { currentPassword: expect.any(String) },
    });
    expect(await changePassword(db, { userId: m.userId, sessionId: here, currentPassword: "old-password-1", newPassword: "new-password-22" })).toEqual({ signedOutOthers: 1 });
    const left = await db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, m.userId));
    expect(left.map((s) => s.id)).toEqual([here]);
    expect(left.map((s) => s.id)).not.toContain(other);
  });

  it("sets one without a current password when the member has none", async () => {
    const m = await newMember("fay", { verified: true });
    const here = await openSession(m.userId);
    await changePassword(db, { userId: m.userId, sessionId: here, currentPassword: undefined, newPassword: "first-password-1" });
    const [user] = await db.select().from(users).where(eq(users.id, m.userId));
    expect(await verifyPassword("first-password-1", user!.passwordHash!)).toBe(true);
  });
});

describe("changing the e-mail address", () => {
  it("changes nothing until the new address's link is followed, then changes it, the Stripe customer's too, and tells the old one", async () => {
    const m = await newMember("gus", { verified: true });
    const customerId = await gateway.createCustomer({ email: m.email, name: "gus", userId: m.userId, idempotencyKey: `cus-${m.userId}` });
    await db.update(users).set({ stripeCustomerId: customerId }).where(eq(users.id, m.userId));
    const next = address("gus-new");

    await requestEmailChange(db, { userId: m.userId, newEmail: next, origin: ORIGIN, now });
    expect((await db.select().from(users).where(eq(users.id, m.userId)))[0]!.email).toBe(m.email);
    const proof = (await mailsTo(next))[0]!.text;
    expect(proof).toContain(`${ORIGIN}/account/confirm-email?token=`);
    expect((await mailsTo(m.email))[0]!.text).toContain(`change its address to ${next}`);

    await confirmEmailChange(db, () => gateway, { token: tokenIn(proof), now: later(60) });
    const [user] = await db.select().from(users).where(eq(users.id, m.userId));
    expect(user!.email).toBe(next);
    expect(user!.emailVerified?.getTime()).toBe(later(60).getTime());
    expect(standIn.customers.get(customerId)?.email).toBe(next);
    expect((await mailsTo(m.email))[0]!.subject).toMatch(/was changed/);
    await expect(confirmEmailChange(db, () => gateway, { token: tokenIn(proof), now: later(61) })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("answers the same for an address that has an account, which gets a notice and no link", async () => {
    const m = await newMember("hal", { verified: true });
    const taken = await newMember("ida", { verified: true });
    await expect(requestEmailChange(db, { userId: m.userId, newEmail: taken.email, origin: ORIGIN, now })).resolves.toEqual({ newEmail: taken.email });
    const [notice] = await mailsTo(taken.email);
    expect(notice?.text).toContain("already has an account");
    expect(tokenIn(notice!.text)).toBeUndefined();
    expect(await db.select().from(accountTokens).where(eq(accountTokens.userId, m.userId))).toHaveLength(0);
  });

  it("refuses a link once another account took the address meanwhile, and after a day", async () => {
    const m = await newMember("jo", { verified: true });
    const next = address("jo-new");
    await requestEmailChange(db, { userId: m.userId, newEmail: next, origin: ORIGIN, now });
    const token = tokenIn((await mailsTo(next))[0]!.text);
    await db.insert(users).values({ email: next, name: "squatter" });
    await expect(confirmEmailChange(db, () => gateway, { token, now })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db.select().from(users).where(eq(users.id, m.userId)))[0]!.email).toBe(m.email);

    const other = address("jo-other");
    await requestEmailChange(db, { userId: m.userId, newEmail: other, origin: ORIGIN, now });
    await expect(confirmEmailChange(db, () => gateway, { token: tokenIn((await mailsTo(other))[0]!.text), now: later(24 * 60 + 1) })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("a password dropped when the address is proved", () => {
  it("is announced in the sign-in e-mail beforehand and on the account page afterwards, which offers to set a new one", async () => {
    const m = await newMember("kim", { password: "squatted-password" });
    expect(await willProofDropPassword(db, m.email)).toBe(true);
    const mail = signInEmail({ to: m.email, siteName: "Site", confirmUrl: `${ORIGIN}/signin/confirm`, code: "ABCD-EFGH", minutes: 15, dropsPassword: true, locale: "en" });
    expect(mail.text).toContain("the password set on it before is removed when you sign in");

    expect(await loadPasswordState(db, m.userId)).toEqual({ hasPassword: true, droppedAt: null });
    await claimVerifiedEmail(db, { userId: m.userId });
    await db.update(users).set({ emailVerified: now }).where(eq(users.id, m.userId));
    const state = await loadPasswordState(db, m.userId);
    expect(state.hasPassword).toBe(false);
    expect(state.droppedAt).toBeInstanceOf(Date);
    expect(await willProofDropPassword(db, m.email)).toBe(false);
  });
});
