import { eq, inArray } from "drizzle-orm";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { entitlementHistory, invoices, plans, settings, stripeEvents, subscriptions, users } from "@/db/schema";
import { createTestDatabase } from "@/db/test-database";
import { summarizeEntitlements } from "@/lib/access/summarize-entitlements";
import { loadMemberGrants } from "@/lib/members/load-member-grants";
import { startStripeStandIn, type StripeEventLike, type StripeStandIn } from "@/scripts/stripe-stand-in/index";
import type { BillingGateway } from "./billing-gateway";
import { handleStripeWebhook } from "./handle-stripe-webhook";
import { savePlan } from "./plans/save-plan";
import { startCheckout } from "./start-checkout";
import { stripeGateway } from "./stripe-gateway";

const SECRET = "whsec_integration_test";
let db: Database;
let drop: () => Promise<void>;
let standIn: StripeStandIn;
let gateway: BillingGateway;
const planIds: Record<string, { planId: number; priceId: string }> = {};

const standNow = () => new Date(standIn.now() * 1000);

async function deliver(events: StripeEventLike[], now = standNow()): Promise<string[]> {
  const outcomes: string[] = [];
  for (const event of events) {
    const rawBody = JSON.stringify(event);
    const signature = Stripe.webhooks.generateTestHeaderString({ payload: rawBody, secret: SECRET });
    const result = await handleStripeWebhook(db, () => gateway, { rawBody, signature, secret: SECRET, now });
    expect(result.status).toBe(200);
    outcomes.push(result.outcome);
  }
  return outcomes;
}

async function newMember(name: string): Promise<{ userId: string; customerId: string }> {
  const email = `${name}-${Math.random().toString(36).slice(2)}@example.org`;
  const [user] = await db.insert(users).values({ email, name }).returning({ id: users.id });
  const customerId = await gateway.createCustomer({ email, name, userId: user!.id, idempotencyKey: `cus-${user!.id}` });
  await db.update(users).set({ stripeCustomerId: customerId }).where(eq(users.id, user!.id));
  return { userId: user!.id, customerId };
}

async function checkout(member: { userId: string; customerId: string }, plan: string, trialDays = 0): Promise<{ subscriptionId: string; events: StripeEventLike[] }> {
  const { planId, priceId } = planIds[plan]!;
  const session = await gateway.createCheckoutSession({ customerId: member.customerId, priceId, trialDays, successUrl: "http://localhost/a", cancelUrl: "http://localhost/b", userId: member.userId, planId, idempotencyKey: `cs-${Math.random()}` });
  const events = standIn.completeCheckout(session.id);
  const sub = [...standIn.subscriptions.values()].find((s) => s.customer === member.customerId && s.items.data[0]?.price.id === priceId && s.status !== "canceled");
  return { subscriptionId: sub!.id, events };
}

async function entitlement(userId: string, at: Date) {
  return summarizeEntitlements((await loadMemberGrants(db, userId)) ?? [], at);
}

async function setSetting(key: string, value: unknown) {
  await db.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } });
}

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  standIn = await startStripeStandIn();
  gateway = stripeGateway(new Stripe("sk_test_standin", { host: "127.0.0.1", port: standIn.port, protocol: "http", maxNetworkRetries: 0, telemetry: false }));
  for (const [name, level, ccaps] of [["reader", 1, []], ["premium", 2, []], ["dossier", 1, ["dossier_libya"]]] as const) {
    const productId = await gateway.createProduct({ name, description: "", idempotencyKey: `prod-${name}` });
    const priceId = await gateway.createPrice({ productId, amount: 900, currency: "eur", interval: "month", idempotencyKey: `price-${name}` });
    const [row] = await db.insert(plans).values({ name, level, ccaps: [...ccaps], amount: 900, currency: "eur", interval: "month", stripePriceId: priceId }).returning({ id: plans.id });
    planIds[name] = { planId: row!.id, priceId };
  }
});
afterAll(async () => {
  await standIn.stop();
  await drop();
});

describe("webhooks converge", () => {
  it("a checkout grants the plan's level and records history with the event id", async () => {
    const m = await newMember("ann");
    const { events } = await checkout(m, "premium");
    expect(await deliver(events)).toContain("synced");
    expect(await entitlement(m.userId, standNow())).toEqual({ level: 2, ccaps: [] });
    const history = await db.select().from(entitlementHistory).where(eq(entitlementHistory.userId, m.userId));
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ fromLevel: 0, toLevel: 2 });
    expect(history[0]!.cause).toMatch(/^evt_/);
  });

  it("each event delivered twice changes nothing the second time", async () => {
    const m = await newMember("ben");
    const { events } = await checkout(m, "reader");
    await deliver(events);
    const before = await db.select().from(subscriptions).where(eq(subscriptions.userId, m.userId));
    const outcomes = await deliver(events);
    expect(outcomes.every((o) => o.startsWith("duplicate"))).toBe(true);
    expect(await db.select().from(subscriptions).where(eq(subscriptions.userId, m.userId))).toEqual(before);
    expect(await db.select().from(entitlementHistory).where(eq(entitlementHistory.userId, m.userId))).toHaveLength(1);
  });

  it("updated before created, and deleted before updated, end in the true state", async () => {
    const m = await newMember("cat");
    const { subscriptionId, events } = await checkout(m, "reader");
    const cancel = standIn.scheduleCancel(subscriptionId, true);
    await deliver([...cancel, ...events.reverse()]);
    expect((await db.select().from(subscriptions).where(eq(subscriptions.id, subscriptionId)))[0]?.cancelAtPeriodEnd).toBe(true);

    const deleted = standIn.cancelNow(subscriptionId);
    const resumedLate = events.filter((e) => e.type === "customer.subscription.created");
    await deliver([...deleted, ...cancel.map((e) => ({ ...e, id: `${e.id}_late` })), ...resumedLate.map((e) => ({ ...e, id: `${e.id}_late` }))]);
    const [row] = await db.select().from(subscriptions).where(eq(subscriptions.id, subscriptionId));
    expect(row?.status).toBe("canceled");
    expect(await entitlement(m.userId, standNow())).toEqual({ level: 0, ccaps: [] });
    // History follows what the member could read: granted once, ended once, whatever the order.
    const history = await db.select().from(entitlementHistory).where(eq(entitlementHistory.userId, m.userId)).orderBy(entitlementHistory.id);
    expect(history.map((h) => [h.fromLevel, h.toLevel])).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it("200 random orders of a realistic history, with duplicates, all reach the state of the ordered delivery", async () => {
    // The history holds a re-pricing (the subscriber stays on the old price), a refund followed by a paid renewal, and two concurrent checkouts.
    await setSetting("paymentReversalPolicy", "keep");
    const m = await newMember("dan");
    const { subscriptionId, events: start } = await checkout(m, "premium", 7);
    const history: StripeEventLike[] = [...start];
    standIn.advanceClock(8 * 86_400);
    history.push(...standIn.renew(subscriptionId));
    await savePlan(db, gateway, { input: { name: "premium", level: 2, price: "12", currency: "eur", interval: "month" }, id: planIds.premium!.planId, actorId: m.userId });
    standIn.advanceClock(31 * 86_400);
    history.push(...standIn.renew(subscriptionId, { paymentFails: true }));
    standIn.advanceClock(2 * 86_400);
    history.push(...standIn.setStatus(subscriptionId, "active"));
    standIn.advanceClock(86_400);
    history.push(...standIn.refundLatestCharge(m.customerId));
    standIn.advanceClock(30 * 86_400);
    history.push(...standIn.renew(subscriptionId));
    history.push(...standIn.scheduleCancel(subscriptionId, true));
    history.push(...standIn.scheduleCancel(subscriptionId, false));
    history.push(...standIn.scheduleCancel(subscriptionId, true));

    const [nUser] = await db.insert(users).values({ email: `nia-${Math.random().toString(36).slice(2)}@example.org`, name: "nia" }).returning({ id: users.id });
    const n = nUser!.id;
    const twice = await Promise.all([0, 1].map(() => startCheckout(db, gateway, { userId: n, planId: planIds.reader!.planId, returnTo: "/", origin: "http://localhost", now: standNow() })));
    expect(twice[0]!.url).toBe(twice[1]!.url);
    const session = [...standIn.checkoutSessions.values()].find((s) => s.url === twice[0]!.url)!;
    history.push(...standIn.completeCheckout(session.id));
    expect(history.length).toBeGreaterThanOrEqual(16);

    const members = [m.userId, n];
    const reset = async () => {
      await db.delete(stripeEvents).where(inArray(stripeEvents.id, history.map((e) => e.id)));
      await db.delete(subscriptions).where(inArray(subscriptions.userId, members));
      await db.delete(invoices).where(inArray(invoices.userId, members));
    };
    const snapshot = async () => {
      const rows = await db
        .select({ user: subscriptions.userId, status: subscriptions.status, cancel: subscriptions.cancelAtPeriodEnd, end: subscriptions.currentPeriodEnd, start: subscriptions.currentPeriodStart, revoked: subscriptions.revokedAt })
        .from(subscriptions)
        .where(inArray(subscriptions.userId, members))
        .orderBy(subscriptions.userId);
      const invs = await db.select({ id: invoices.id, status: invoices.status }).from(invoices).where(inArray(invoices.userId, members)).orderBy(invoices.id);
      const probes = [standNow(), new Date(standNow().getTime() + 40 * 86_400_000)];
      return { rows, invs, access: await Promise.all(members.flatMap((u) => probes.map((p) => entitlement(u, p)))) };
    };

    await reset();
    await deliver(history);
    const expected = await snapshot();
    expect(expected.rows.find((r) => r.user === m.userId)).toMatchObject({ status: "active", cancel: true, revoked: null });
    expect(expected.access).toEqual([
      { level: 2, ccaps: [] },
      { level: 0, ccaps: [] },
      { level: 1, ccaps: [] },
      { level: 1, ccaps: [] },
    ]);

    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 200; round++) {
      await reset();
      const deliveries = history.flatMap((e) => (random() < 0.3 ? [e, e] : [e]));
      for (let i = deliveries.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [deliveries[i], deliveries[j]] = [deliveries[j]!, deliveries[i]!];
      }
      await deliver(deliveries);
      expect(await snapshot(), `round ${round}`).toEqual(expected);
    }
    await setSetting("paymentReversalPolicy", "cancel-now");
  }, 240_000);
});

describe("the lifecycle", () => {
  it("trial → active → past_due within grace keeps access, after grace loses it → paid again restores it", async () => {
    await setSetting("pastDueGraceDays", 7);
    const m = await newMember("eve");
    const { subscriptionId, events } = await checkout(m, "premium", 7);
    await deliver(events);
    expect((await db.select().from(subscriptions).where(eq(subscriptions.id, subscriptionId)))[0]?.status).toBe("trialing");
    expect((await entitlement(m.userId, standNow())).level).toBe(2);

    standIn.advanceClock(7 * 86_400 + 60);
    await deliver(standIn.renew(subscriptionId));
    expect((await db.select().from(subscriptions).where(eq(subscriptions.id, subscriptionId)))[0]?.status).toBe("active");

    standIn.advanceClock(31 * 86_400);
    await deliver(standIn.renew(subscriptionId, { paymentFails: true }));
    const [pastDue] = await db.select().from(subscriptions).where(eq(subscriptions.id, subscriptionId));
    expect(pastDue?.status).toBe("past_due");
    const periodStart = pastDue!.currentPeriodStart!.getTime();
    expect((await entitlement(m.userId, new Date(periodStart + 6 * 86_400_000))).level).toBe(2);
    expect((await entitlement(m.userId, new Date(periodStart + 7 * 86_400_000 + 1000))).level).toBe(0);

    standIn.advanceClock(3 * 86_400);
    await deliver(standIn.setStatus(subscriptionId, "active"));
    expect((await entitlement(m.userId, new Date(periodStart + 20 * 86_400_000))).level).toBe(2);
  });

  it("a grace period of 0 days ends access as soon as payment fails", async () => {
    await setSetting("pastDueGraceDays", 0);
    const m = await newMember("fay");
    const { subscriptionId, events } = await checkout(m, "reader");
    await deliver(events);
    standIn.advanceClock(31 * 86_400);
    await deliver(standIn.renew(subscriptionId, { paymentFails: true }));
    expect((await entitlement(m.userId, standNow())).level).toBe(0);
    await setSetting("pastDueGraceDays", 7);
  });

  it("cancel at period end: access until the date, then level 0 without any new event", async () => {
    const m = await newMember("gus");
    const { subscriptionId, events } = await checkout(m, "reader");
    await deliver(events);
    await deliver(standIn.scheduleCancel(subscriptionId, true));
    const [row] = await db.select().from(subscriptions).where(eq(subscriptions.id, subscriptionId));
    const end = row!.cancelAt ?? row!.currentPeriodEnd!;
    expect((await entitlement(m.userId, new Date(end.getTime() - 1000))).level).toBe(1);
    expect((await entitlement(m.userId, new Date(end.getTime() + 1000))).level).toBe(0);
  });

  it("a refund revokes at once when the policy says so, and not when it does not", async () => {
    await setSetting("paymentReversalPolicy", "cancel-now");
    const m = await newMember("hal");
    await deliver((await checkout(m, "reader")).events);
    expect(await deliver(standIn.refundLatestCharge(m.customerId))).toEqual(["revoked after refund"]);
    expect((await entitlement(m.userId, standNow())).level).toBe(0);

    await setSetting("paymentReversalPolicy", "cancel-at-period-end");
    const k = await newMember("ivy");
    await deliver((await checkout(k, "reader")).events);
    expect((await deliver(standIn.refundLatestCharge(k.customerId)))[0]).toMatch(/^kept/);
    expect((await entitlement(k.userId, standNow())).level).toBe(1);
    await setSetting("paymentReversalPolicy", "cancel-now");
  });

  it("a dispute revokes under the policy", async () => {
    const m = await newMember("jon");
    await deliver((await checkout(m, "reader")).events);
    expect(await deliver(standIn.disputeLatestCharge(m.customerId))).toEqual(["revoked after dispute"]);
    expect((await entitlement(m.userId, standNow())).level).toBe(0);
  });

  it("two plans: the higher level wins, and ending one keeps the other; complimentary access is untouched", async () => {
    const m = await newMember("kim");
    await db.update(users).set({ compLevel: 3, compUntil: new Date(standNow().getTime() + 3 * 86_400_000) }).where(eq(users.id, m.userId));
    const reader = await checkout(m, "dossier");
    const premium = await checkout(m, "premium");
    await deliver([...reader.events, ...premium.events]);
    const later = new Date(standNow().getTime() + 10 * 86_400_000);
    expect(await entitlement(m.userId, later)).toEqual({ level: 2, ccaps: ["dossier_libya"] });
    await deliver(standIn.cancelNow(premium.subscriptionId));
    expect(await entitlement(m.userId, later)).toEqual({ level: 1, ccaps: ["dossier_libya"] });
    expect((await entitlement(m.userId, standNow())).level).toBe(3);
  });

  it("a subscription to a price that is not a plan, or from an unknown customer, changes nothing", async () => {
    const m = await newMember("lou");
    const strangerProduct = await gateway.createProduct({ name: "other", description: "", idempotencyKey: "prod-other" });
    const stranger = await gateway.createPrice({ productId: strangerProduct, amount: 100, currency: "eur", interval: "month", idempotencyKey: "price-other" });
    const session = await gateway.createCheckoutSession({ customerId: m.customerId, priceId: stranger, trialDays: 0, successUrl: "http://x/a", cancelUrl: "http://x/b", userId: m.userId, planId: 0, idempotencyKey: "cs-other" });
    const outcomes = await deliver(standIn.completeCheckout(session.id));
    expect(outcomes).toContain("ignored: price is not a plan");
    expect(await db.select().from(subscriptions).where(eq(subscriptions.userId, m.userId))).toEqual([]);

    const orphan = await gateway.createCustomer({ email: "nobody@example.org", name: null, userId: "no-such-user", idempotencyKey: "cus-orphan" });
    const s2 = await gateway.createCheckoutSession({ customerId: orphan, priceId: planIds.reader!.priceId, trialDays: 0, successUrl: "http://x/a", cancelUrl: "http://x/b", userId: "no-such-user", planId: 1, idempotencyKey: "cs-orphan" });
    expect(await deliver(standIn.completeCheckout(s2.id))).toContain("ignored: unknown customer");
  });

  it("forged, wrongly keyed or missing signatures are refused and record nothing", async () => {
    const [event] = standIn.events.slice(-1);
    const rawBody = JSON.stringify({ ...event, id: "evt_forged" });
    for (const signature of [null, "t=1,v1=abc", Stripe.webhooks.generateTestHeaderString({ payload: rawBody, secret: "whsec_other" })]) {
      expect((await handleStripeWebhook(db, () => gateway, { rawBody, signature, secret: SECRET })).status).toBe(400);
    }
    expect(await db.select().from(stripeEvents).where(eq(stripeEvents.id, "evt_forged"))).toEqual([]);
  });
});
