import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { articles, auditLog, giftLinks, invoices, memberCcaps, plans, sessions, subscriptions, users } from "@/db/schema";
import { createTestDatabase } from "@/db/test-database";
import { createSession } from "@/lib/auth/create-session";
import type { BillingGateway } from "@/lib/billing/billing-gateway";
import { loadMemberInvoice } from "@/lib/billing/load-member-invoice";
import { deliverSignedEvents, standInGateway } from "@/lib/billing/testing/stand-in-webhooks";
import { startStripeStandIn, type StripeStandIn } from "@/scripts/stripe-stand-in/index";
import { deleteAccount } from "./delete-account";
import { exportAccountData } from "./export-account-data";

const SECRET = "whsec_account_test";
let db: Database;
let drop: () => Promise<void>;
let standIn: StripeStandIn;
let gateway: BillingGateway;
let plan: { planId: number; priceId: string };
const now = new Date("2026-12-02T12:00:00Z");

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  standIn = await startStripeStandIn();
  gateway = standInGateway(standIn);
  const productId = await gateway.createProduct({ name: "Premium", description: "", idempotencyKey: "prod-premium" });
  const priceId = await gateway.createPrice({ productId, amount: 1600, currency: "eur", interval: "month", idempotencyKey: "price-premium" });
  const [row] = await db.insert(plans).values({ name: "Premium", level: 2, amount: 1600, currency: "eur", interval: "month", stripePriceId: priceId }).returning({ id: plans.id });
  plan = { planId: row!.id, priceId };
});
afterAll(async () => {
  await standIn.stop();
  await drop();
});

/** A member with a paid, active subscription at the stand-in, its events delivered, a session, a ccap, a gift link and an editor's audit entry. */
async function subscribedMember(name: string) {
  const email = `${name}-${Math.random().toString(36).slice(2, 8)}@example.org`;
  const [user] = await db.insert(users).values({ email, name, emailVerified: now }).returning({ id: users.id });
  const userId = user!.id;
  const customerId = await gateway.createCustomer({ email, name, userId, idempotencyKey: `cus-${userId}` });
  await db.update(users).set({ stripeCustomerId: customerId }).where(eq(users.id, userId));
  const session = await gateway.createCheckoutSession({ customerId, priceId: plan.priceId, trialDays: 0, successUrl: "http://localhost/a", cancelUrl: "http://localhost/b", userId, planId: plan.planId, idempotencyKey: `cs-${userId}` });
  await deliverSignedEvents(db, standIn, SECRET, standIn.completeCheckout(session.id), new Date(standIn.now() * 1000));
  const { token } = await createSession(db, { userId, userAgent: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", maxSessions: 5, now });
  await db.insert(memberCcaps).values({ userId, ccap: "pdf_edition" });
  const [article] = await db.insert(articles).values({ slug: `piece-${userId.slice(0, 8)}`, title: "A piece" }).returning({ id: articles.id });
  await db.insert(giftLinks).values({ articleId: article!.id, giverId: userId, kind: "member" });
  await db.insert(auditLog).values({ actorId: null, action: "member.level", targetType: "member", targetId: userId, before: { level: 0 }, after: { level: 1 }, reason: "goodwill" });
  const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.userId, userId));
  return { userId, email, customerId, subscriptionId: sub!.id, token };
}

describe("download my data", () => {
  it("holds profile, grants, subscriptions, invoices, sessions with devices, gift links and audit entries, and no secrets", async () => {
    const m = await subscribedMember("ann");
    const data = await exportAccountData(db, { userId: m.userId, now });
    expect(data.profile).toMatchObject({ id: m.userId, email: m.email, name: "ann", stripeCustomerId: m.customerId, hasPassword: false });
    expect(data.grants.capabilities.map((c) => c.ccap)).toEqual(["pdf_edition"]);
    expect(data.grants.history.length).toBeGreaterThan(0);
    expect(data.subscriptions.map((s) => s.id)).toEqual([m.subscriptionId]);
    expect(data.invoices.length).toBeGreaterThan(0);
    expect(data.sessions).toHaveLength(1);
    expect(data.sessions[0]!.device).toBe("Chrome on Linux");
    expect(data.giftLinks).toHaveLength(1);
    expect(data.auditEntries.map((a) => a.reason)).toEqual(["goodwill"]);
    const text = JSON.stringify(data);
    expect(text).not.toContain(m.token);
    expect(text).not.toContain("passwordHash");
  });
});

describe("receipts", () => {
  it("load a member's own invoice with its plan, and nobody else's", async () => {
    const owner = await subscribedMember("dora");
    const other = await subscribedMember("eli");
    const [invoice] = await db.select({ id: invoices.id }).from(invoices).where(eq(invoices.userId, owner.userId));
    expect((await loadMemberInvoice(db, { userId: owner.userId, invoiceId: invoice!.id }))?.planName).toBe("Premium");
    expect(await loadMemberInvoice(db, { userId: other.userId, invoiceId: invoice!.id })).toBeNull();
  });
});

describe("deleting an account", () => {
  it("cancels the subscription at Stripe first, deletes the customer, removes the member's data and keeps invoices anonymised", async () => {
    const m = await subscribedMember("ben");
    const invoiceIds = (await db.select({ id: invoices.id }).from(invoices).where(eq(invoices.userId, m.userId))).map((i) => i.id);
    expect(invoiceIds.length).toBeGreaterThan(0);
    const from = standIn.requests.length;

    const result = await deleteAccount(db, () => gateway, { userId: m.userId, now });

    const calls = standIn.requests.slice(from).map((r) => `${r.method} ${r.path}`);
    expect(calls).toEqual([`DELETE /v1/subscriptions/${m.subscriptionId}`, `DELETE /v1/customers/${m.customerId}`]);
    expect(standIn.subscriptions.get(m.subscriptionId)?.status).toBe("canceled");
    expect(standIn.customers.has(m.customerId)).toBe(false);

    expect(await db.select().from(users).where(eq(users.id, m.userId))).toHaveLength(0);
    expect(await db.select().from(users).where(eq(users.email, m.email))).toHaveLength(0);
    expect(await db.select().from(sessions).where(eq(sessions.userId, m.userId))).toHaveLength(0);
    expect(await db.select().from(subscriptions).where(eq(subscriptions.userId, m.userId))).toHaveLength(0);
    expect(await db.select().from(giftLinks).where(eq(giftLinks.giverId, m.userId))).toHaveLength(0);
    expect(await db.select().from(memberCcaps).where(eq(memberCcaps.userId, m.userId))).toHaveLength(0);

    const kept = await db.select().from(invoices).where(eq(invoices.memberReference, result.memberReference));
    expect(kept.map((i) => i.id).sort()).toEqual(invoiceIds.sort());
    expect(kept.every((i) => i.userId === null)).toBe(true);
    expect(result.memberReference).toMatch(/^former-member-[0-9a-f]{12}$/);
    expect(JSON.stringify(kept)).not.toContain(m.email);
  });

  it("deletes nothing when Stripe cannot cancel the subscription", async () => {
    const m = await subscribedMember("cy");
    const failing: BillingGateway = {
      ...gateway,
      cancelSubscription: async () => {
        throw new Error("Stripe is unreachable");
      },
    };
    await expect(deleteAccount(db, () => failing, { userId: m.userId, now })).rejects.toThrow("unreachable");
    expect(await db.select().from(users).where(eq(users.id, m.userId))).toHaveLength(1);
    expect(standIn.subscriptions.get(m.subscriptionId)?.status).toBe("active");
    expect(standIn.customers.has(m.customerId)).toBe(true);
  });

  it("refuses a staff account", async () => {
    const [editor] = await db.insert(users).values({ email: `ed-${Math.random()}@example.org`, role: "editor" }).returning({ id: users.id });
    await expect(deleteAccount(db, () => gateway, { userId: editor!.id, now })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.select().from(users).where(eq(users.id, editor!.id))).toHaveLength(1);
  });
});
