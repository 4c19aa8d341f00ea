import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { entitlementHistory, planPrices, plans, settings, subscriptions, users } from "@/db/schema";
import { createTestDatabase } from "@/db/test-database";
import { summarizeEntitlements } from "@/lib/access/summarize-entitlements";
import { resetEnv } from "@/lib/env";
import { changeEntitlements } from "@/lib/admin/members/change-entitlements";
import { loadMemberGrants } from "@/lib/members/load-member-grants";
import { EMPTY_SITE_IDENTITY, SITE_IDENTITY_KEY } from "@/lib/settings/site-identity";
import { startStripeStandIn, type StripeEventLike, type StripeStandIn } from "@/scripts/stripe-stand-in/index";
import { billingStartUpWarnings } from "./billing-start-up-warnings";
import { formatPrice } from "./list-plans";
import { observeEntitlementExpiry } from "./observe-entitlement-expiry";
import { savePlan } from "./plans/save-plan";
import { deliverSignedEvents, standInGateway } from "./testing/stand-in-webhooks";
import { startCheckout } from "./start-checkout";
import { sweepEntitlementExpiries } from "./sweep-entitlement-expiries";
import { testModeGateway } from "./test-mode/test-mode-gateway";

/* The everyday detours of issue 14 (and issue 13 item 8), each against the real SDK and the stand-in. */

const SECRET = "whsec_detours";
let db: Database;
let drop: () => Promise<void>;
let standIn: StripeStandIn;
let editorId: string;
const gateway = () => standInGateway(standIn);
const standNow = () => new Date(standIn.now() * 1000);
const form = { name: "Reader", description: "", benefits: [], level: 1, ccaps: [], price: "8", currency: "eur", interval: "month" };

const deliver = (events: StripeEventLike[], now = standNow()) => deliverSignedEvents(db, standIn, SECRET, events, now);

async function newMember(name: string, customerId: string | null = null): Promise<string> {
  const [user] = await db.insert(users).values({ email: `${name}-${Math.random().toString(36).slice(2)}@example.org`, name, stripeCustomerId: customerId }).returning({ id: users.id });
  return user!.id;
}

const checkoutFor = (userId: string, planId: number, now = standNow()) => startCheckout(db, gateway(), { userId, planId, returnTo: "/articles/x", origin: "http://localhost:3000", now });
const sessionOf = (url: string) => [...standIn.checkoutSessions.values()].find((s) => s.url === url)!;
const memberCustomer = async (userId: string) => (await db.select({ c: users.stripeCustomerId }).from(users).where(eq(users.id, userId)))[0]!.c!;
const access = async (userId: string, at = standNow()) => summarizeEntitlements((await loadMemberGrants(db, userId)) ?? [], at);
const subscriptionOf = (customerId: string) => [...standIn.subscriptions.values()].find((s) => s.customer === customerId)!;
const setSetting = (key: string, value: unknown) => db.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } });

async function subscribe(name: string, planId: number): Promise<{ userId: string; customerId: string; subscriptionId: string }> {
  const userId = await newMember(name);
  const { url } = await checkoutFor(userId, planId);
  await deliver(standIn.completeCheckout(sessionOf(url).id));
  const customerId = await memberCustomer(userId);
  return { userId, customerId, subscriptionId: subscriptionOf(customerId).id };
}

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  standIn = await startStripeStandIn();
  const [editor] = await db.insert(users).values({ email: "editor-detours@example.org", role: "editor" }).returning({ id: users.id });
  editorId = editor!.id;
});
afterAll(async () => {
  await standIn.stop();
  await drop();
});
afterEach(() => {
  vi.unstubAllEnvs();
  resetEnv();
});

describe("re-pricing (defects 1 and 2)", () => {
  it("a changed amount with the pre-filled price id makes a new price on the plan's own product, and the plan keeps both", async () => {
    const plan = await savePlan(db, gateway(), { input: form, actorId: editorId });
    const products = standIn.products.size;
    const repriced = await savePlan(db, gateway(), { input: { ...form, price: "9", stripePriceId: plan.stripePriceId }, id: plan.id, actorId: editorId });
    expect(repriced.stripePriceId).not.toBe(plan.stripePriceId);
    expect(standIn.prices.get(repriced.stripePriceId!)).toMatchObject({ unit_amount: 900, product: plan.stripeProductId });
    expect(standIn.products.size).toBe(products);
    expect(repriced.stripeProductId).toBe(plan.stripeProductId);
    const kept = await db.select().from(planPrices).where(eq(planPrices.planId, plan.id));
    expect(kept.map((p) => p.stripePriceId).sort()).toEqual([plan.stripePriceId, repriced.stripePriceId].sort());
    // What /subscribe shows is what Checkout charges.
    const { url } = await checkoutFor(await newMember("after-repricing"), plan.id);
    expect(url).toMatch(/^http/);
    const items = standIn.requests.findLast((r) => r.path === "/v1/checkout/sessions")!.body.line_items as unknown as { price: string }[];
    expect(standIn.prices.get(items[0]!.price)?.unit_amount).toBe(900);
  });

  it("a subscriber still on the old price keeps the plan, and their cancellation is stored", async () => {
    const plan = await savePlan(db, gateway(), { input: { ...form, name: "Old price" }, actorId: editorId });
    const m = await subscribe("old-price", plan.id);
    await savePlan(db, gateway(), { input: { ...form, name: "Old price", price: "12", stripePriceId: plan.stripePriceId }, id: plan.id, actorId: editorId });
    expect(await deliver(standIn.scheduleCancel(m.subscriptionId, true))).toEqual(["synced"]);
    expect(await deliver(standIn.cancelNow(m.subscriptionId))).toEqual(["synced"]);
    const [row] = await db.select().from(subscriptions).where(eq(subscriptions.id, m.subscriptionId));
    expect(row).toMatchObject({ status: "canceled", planId: plan.id });
    expect((await access(m.userId)).level).toBe(0);
  });
});

describe("double click on Choose plan (defect 3)", () => {
  it("two concurrent checkouts make one customer and one session, and paying it gives access", async () => {
    const plan = await savePlan(db, gateway(), { input: { ...form, name: "Double" }, actorId: editorId });
    const userId = await newMember("double");
    const [a, b] = await Promise.all([checkoutFor(userId, plan.id), checkoutFor(userId, plan.id)]);
    expect(a.url).toBe(b.url);
    const customers = [...standIn.customers.values()].filter((c) => c.metadata?.userId === userId);
    expect(customers).toHaveLength(1);
    expect(await memberCustomer(userId)).toBe(customers[0]!.id);
    expect(await deliver(standIn.completeCheckout(sessionOf(a.url).id))).toContain("synced");
    expect((await access(userId)).level).toBe(1);
    const creates = standIn.requests.filter((r) => r.method === "POST" && ["/v1/customers", "/v1/checkout/sessions", "/v1/products", "/v1/prices"].includes(r.path));
    expect(creates.every((r) => r.idempotencyKey?.startsWith("lede-"))).toBe(true);
  });
});

describe("one base subscription", () => {
  it("a member renewing a plan is refused a second base plan (a switch instead), and may take one once the first is cancelling", async () => {
    const reader = await savePlan(db, gateway(), { input: { ...form, name: "Tier reader" }, actorId: editorId });
    const dossier = await savePlan(db, gateway(), { input: { ...form, name: "Tier dossier", price: "12" }, actorId: editorId });
    const premium = await savePlan(db, gateway(), { input: { ...form, name: "Tier premium", level: 2 }, actorId: editorId });
    const m = await subscribe("tier", reader.id);
    await expect(checkoutFor(m.userId, dossier.id)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("Tier reader") });
    await expect(checkoutFor(m.userId, premium.id)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("switch") });
    await deliver(standIn.scheduleCancel(m.subscriptionId, true));
    expect((await checkoutFor(m.userId, dossier.id)).url).toMatch(/^http/);
  });
});

describe("refunds and disputes (defect 4)", () => {
  it("cancel-now: access ends and the subscription is cancelled at Stripe, so the card is not charged again", async () => {
    await setSetting("paymentReversalPolicy", "cancel-now");
    const plan = await savePlan(db, gateway(), { input: { ...form, name: "Refund now" }, actorId: editorId });
    const m = await subscribe("refund-now", plan.id);
    expect(await deliver(standIn.refundLatestCharge(m.customerId))).toEqual(["revoked after refund"]);
    expect(standIn.subscriptions.get(m.subscriptionId)?.status).toBe("canceled");
    expect((await access(m.userId)).level).toBe(0);
    const history = await db.select().from(entitlementHistory).where(eq(entitlementHistory.userId, m.userId)).orderBy(entitlementHistory.id);
    expect(history.at(-1)).toMatchObject({ fromLevel: 1, toLevel: 0, cause: expect.stringMatching(/^evt_.*refund: cancel-now/) });
  });

  it("cancel-at-period-end: access to the end of the paid period, no renewal", async () => {
    await setSetting("paymentReversalPolicy", "cancel-at-period-end");
    const plan = await savePlan(db, gateway(), { input: { ...form, name: "Refund later" }, actorId: editorId });
    const m = await subscribe("refund-later", plan.id);
    expect((await deliver(standIn.disputeLatestCharge(m.customerId)))[0]).toMatch(/^kept until the period end/);
    expect(standIn.subscriptions.get(m.subscriptionId)?.cancel_at_period_end).toBe(true);
    const [row] = await db.select().from(subscriptions).where(eq(subscriptions.id, m.subscriptionId));
    expect((await access(m.userId, new Date(row!.currentPeriodEnd!.getTime() - 1000))).level).toBe(1);
    expect((await access(m.userId, new Date(row!.currentPeriodEnd!.getTime() + 1000))).level).toBe(0);
  });

  it("keep: access ends, the subscription renews, and the paid renewal restores access (in either order)", async () => {
    await setSetting("paymentReversalPolicy", "keep");
    const plan = await savePlan(db, gateway(), { input: { ...form, name: "Refund keep" }, actorId: editorId });
    const m = await subscribe("refund-keep", plan.id);
    const refund = standIn.refundLatestCharge(m.customerId);
    expect(await deliver(refund)).toEqual(["revoked after refund"]);
    expect(standIn.subscriptions.get(m.subscriptionId)?.status).toBe("active");
    expect((await access(m.userId)).level).toBe(0);
    standIn.advanceClock(31 * 86_400);
    const renewal = standIn.renew(m.subscriptionId);
    expect(await deliver(renewal)).toContain("synced: access restored by a paid invoice");
    expect((await access(m.userId)).level).toBe(1);

    // The renewal's events before the refund's: the same end.
    const n = await subscribe("refund-keep-late", plan.id);
    const early = standIn.refundLatestCharge(n.customerId);
    standIn.advanceClock(31 * 86_400);
    await deliver(standIn.renew(n.subscriptionId));
    expect((await deliver(early))[0]).toMatch(/^kept: paid again/);
    expect((await access(n.userId)).level).toBe(1);
    await setSetting("paymentReversalPolicy", "cancel-now");
  });
});

describe("going live with test ids (defect 5) and test checkout in production (issue 13 item 8)", () => {
  it("with real keys, a member's cus_test_ id is replaced and a demo-priced plan is unavailable, and start-up says so", async () => {
    const [demo] = await db.insert(plans).values({ name: "Demo", level: 1, amount: 900, currency: "eur", stripePriceId: "price_demo_reader_monthly" }).returning();
    const real = await savePlan(db, gateway(), { input: { ...form, name: "Real" }, actorId: editorId });
    const userId = await newMember("from-test-mode", "cus_test_abc123");
    await expect(checkoutFor(userId, demo!.id)).rejects.toMatchObject({ code: "CONFLICT" });
    const { url } = await checkoutFor(userId, real.id);
    const customerId = await memberCustomer(userId);
    expect(customerId).not.toBe("cus_test_abc123");
    expect(sessionOf(url).customer).toBe(customerId);
    vi.stubEnv("STRIPE_SECRET_KEY", "sk_test_standin");
    const warnings = await billingStartUpWarnings(db);
    expect(warnings.join("\n")).toMatch(/test-mode prices \(.*Demo/);
  });

  it("under NODE_ENV=production without keys the test checkout needs LEDE_TEST_CHECKOUT=1, and warns loudly", async () => {
    const plan = await savePlan(db, testModeGateway(db), { input: { ...form, name: "Test-mode plan" }, actorId: editorId });
    const userId = await newMember("prod-no-keys");
    vi.stubEnv("STRIPE_SECRET_KEY", "");
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("LEDE_PUBLIC_URL", "http://localhost:3000");
    vi.stubEnv("LEDE_TEST_CHECKOUT", "");
    resetEnv();
    const args = { userId, planId: plan.id, returnTo: "/", origin: "http://localhost:3000", now: new Date() };
    await expect(startCheckout(db, testModeGateway(db), args)).rejects.toMatchObject({ code: "CONFLICT", status: 409 });
    vi.stubEnv("LEDE_TEST_CHECKOUT", "1");
    resetEnv();
    expect((await startCheckout(db, testModeGateway(db), args)).url).toMatch(/^\/billing\/test-checkout\//);
    expect((await billingStartUpWarnings(db))[0]).toMatch(/LOCAL TEST CHECKOUT IS ON IN PRODUCTION/);
  });
});

describe("Stripe's refusals and zero-decimal currencies (defects 6 and 7)", () => {
  it("a price Stripe refuses is a 400 with Stripe's message, and leaves no product on sale", async () => {
    const before = new Set(standIn.products.keys());
    const attempt = savePlan(db, gateway(), { input: { ...form, name: "Too dear", price: "100000", currency: "kwd" }, actorId: editorId });
    await expect(attempt).rejects.toMatchObject({ code: "INVALID_INPUT", status: 400, message: expect.stringContaining("unit_amount") });
    const made = [...standIn.products.values()].filter((p) => !before.has(p.id));
    expect(made.length).toBeLessThanOrEqual(1);
    expect(made.every((p) => p.active === false)).toBe(true);
    expect(await db.select().from(plans).where(eq(plans.name, "Too dear"))).toEqual([]);
  });

  it("1000 JPY is charged as 1000, shown as JP¥1,000, and pre-filled as 1000", async () => {
    const plan = await savePlan(db, gateway(), { input: { ...form, name: "Yen", price: "1000", currency: "jpy" }, actorId: editorId });
    expect(plan.amount).toBe(1000);
    expect(standIn.prices.get(plan.stripePriceId!)?.unit_amount).toBe(1000);
    expect(formatPrice(plan.amount, plan.currency)).toBe("JP¥1,000");
    const dinar = await savePlan(db, gateway(), { input: { ...form, name: "Dinar", price: "2.5", currency: "kwd" }, actorId: editorId });
    expect(dinar.amount).toBe(2500);
    await expect(savePlan(db, gateway(), { input: { ...form, name: "Nowhere", currency: "zzq" }, actorId: editorId })).rejects.toMatchObject({ fieldErrors: { currency: expect.any(String) } });
  });
});

describe("webhook API versions (defect 9)", () => {
  it("an invoice shaped by an endpoint on a pre-2025 API version (invoice.subscription) still syncs", async () => {
    const plan = await savePlan(db, gateway(), { input: { ...form, name: "Legacy" }, actorId: editorId });
    const m = await subscribe("legacy", plan.id);
    await db.delete(subscriptions).where(eq(subscriptions.id, m.subscriptionId));
    standIn.advanceClock(31 * 86_400);
    const paid = standIn.renew(m.subscriptionId).find((e) => e.type === "invoice.paid")!;
    const object = paid.data.object as unknown as Record<string, unknown>;
    const legacy = { ...paid, id: `${paid.id}_legacy`, data: { object: { ...object, parent: null, subscription: m.subscriptionId } } };
    expect(await deliver([legacy as unknown as StripeEventLike])).toEqual(["synced"]);
  });
});

describe("entitlement history (also owed)", () => {
  it("an access that ends by date is written once, when first observed, and not again by a later event", async () => {
    const plan = await savePlan(db, gateway(), { input: { ...form, name: "Lapse" }, actorId: editorId });
    const m = await subscribe("lapse", plan.id);
    await deliver(standIn.scheduleCancel(m.subscriptionId, true));
    const [row] = await db.select().from(subscriptions).where(eq(subscriptions.id, m.subscriptionId));
    const after = new Date(row!.currentPeriodEnd!.getTime() + 60_000);
    await observeEntitlementExpiry(db, { userId: m.userId, now: after });
    await observeEntitlementExpiry(db, { userId: m.userId, now: after });
    expect(await sweepEntitlementExpiries(db, { since: new Date(after.getTime() - 86_400_000), now: after })).toBeGreaterThan(0);
    standIn.advanceClock(40 * 86_400);
    await deliver(standIn.renew(m.subscriptionId), after);
    const history = await db.select().from(entitlementHistory).where(eq(entitlementHistory.userId, m.userId)).orderBy(entitlementHistory.id);
    expect(history.map((h) => [h.fromLevel, h.toLevel, h.cause])).toEqual([
      [0, 1, expect.stringMatching(/^evt_/)],
      [1, 0, "expiry"],
    ]);
  });

  it("an editor's grant below a subscriber's plan changes nothing they can read, so it writes no history row", async () => {
    const plan = await savePlan(db, gateway(), { input: { ...form, name: "Plan over comp", level: 2 }, actorId: editorId });
    const m = await subscribe("plan-over-comp", plan.id);
    await changeEntitlements(db, { actor: { id: editorId, role: "editor" }, userId: m.userId, input: { action: "set-comp", level: "1", until: "2099-01-01" }, now: standNow() });
    const history = await db.select().from(entitlementHistory).where(eq(entitlementHistory.userId, m.userId)).orderBy(entitlementHistory.id);
    expect(history.map((h) => [h.fromLevel, h.toLevel])).toEqual([[0, 2]]);
  });
});

describe("the site's language at Stripe", () => {
  afterEach(() => db.delete(settings).where(eq(settings.key, SITE_IDENTITY_KEY)));

  it("Checkout and the Customer Portal are opened in the site's language", async () => {
    const plan = await savePlan(db, gateway(), { input: { ...form, name: "Langue" }, actorId: editorId });
    await checkoutFor(await newMember("english-site"), plan.id);
    expect(standIn.requests.findLast((r) => r.path === "/v1/checkout/sessions")!.body.locale).toBe("en");

    await setSetting(SITE_IDENTITY_KEY, { ...EMPTY_SITE_IDENTITY, language: "fr" });
    const userId = await newMember("site-francais");
    await checkoutFor(userId, plan.id);
    expect(standIn.requests.findLast((r) => r.path === "/v1/checkout/sessions")!.body.locale).toBe("fr");

    await gateway().createPortalSession({ customerId: await memberCustomer(userId), returnUrl: "http://localhost:3000/account", locale: "fr" });
    expect(standIn.requests.findLast((r) => r.path === "/v1/billing_portal/sessions")!.body.locale).toBe("fr");
  });
});
