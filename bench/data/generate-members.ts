import { randomBytes, randomUUID } from "node:crypto";
import type { Database } from "@/db/client";
import { memberCcaps, plans, sessions, subscriptions, testModeObjects, users } from "@/db/schema";
import { buildSubscription } from "@/lib/billing/test-mode/test-mode-objects";
import { memberLevel, PREMIUM_PRICE_ID, READER_PRICE_ID } from "./dataset-shape";
import { LOW_MEMBER, SUBSCRIBER, webhookCustomers } from "./fixtures";
import { inBatches } from "./in-batches";

const MEMBER_BATCH = 1000;
const CONCURRENCY = 3;
const YEAR_MS = 365 * 86_400_000;

/** The plans the fixtures pay for, with price ids the test-mode gateway knows. */
async function insertPlans(db: Database): Promise<number> {
  const [premium] = await db
    .insert(plans)
    .values([
      { name: "Bench Reader", level: 1, amount: 900, currency: "eur", interval: "month", stripePriceId: READER_PRICE_ID, position: 1 },
      { name: "Bench Premium", level: 2, amount: 1600, currency: "eur", interval: "month", stripePriceId: PREMIUM_PRICE_ID, position: 2 },
    ])
    .returning({ id: plans.id, level: plans.level })
    .then((rows) => rows.filter((r) => r.level === 2));
  return premium!.id;
}

/**
 * The scenarios' own members: a subscriber whose level 2 comes from an active
 * subscription, a level-1 member, and the customers the webhook scenario converges.
 */
async function insertFixtureMembers(db: Database, options: { premiumPlanId: number; now: Date }): Promise<void> {
  const { now } = options;
  const periodEnd = new Date(now.getTime() + YEAR_MS);
  const hooks = webhookCustomers();
  await db.insert(users).values([
    { id: SUBSCRIBER.id, email: "subscriber@bench.example", name: "Bench Subscriber", level: 0, stripeCustomerId: "cus_bench_subscriber" },
    { id: LOW_MEMBER.id, email: "low@bench.example", name: "Bench Low Member", level: LOW_MEMBER.level },
    ...hooks.map((h, k) => ({ id: h.userId, email: `webhook-${k}@bench.example`, name: `Webhook ${k}`, stripeCustomerId: h.customerId })),
  ]);
  await db.insert(subscriptions).values({
    id: "sub_bench_subscriber",
    userId: SUBSCRIBER.id,
    customerId: "cus_bench_subscriber",
    planId: options.premiumPlanId,
    priceId: PREMIUM_PRICE_ID,
    status: "active",
    currentPeriodStart: new Date(now.getTime() - 10 * 86_400_000),
    currentPeriodEnd: periodEnd,
    amount: 1600,
    currency: "eur",
    interval: "month",
    stripeCreatedAt: new Date(now.getTime() - 10 * 86_400_000),
  });
  // The "Stripe side" the test-mode gateway re-reads when a webhook arrives.
  await db.insert(testModeObjects).values(
    hooks.map((h) => {
      const sub = buildSubscription({ customerId: h.customerId, userId: h.userId, price: { id: PREMIUM_PRICE_ID, amount: 1600, currency: "eur", interval: "month" }, trialDays: 0, now });
      return { id: h.subscriptionId, kind: "subscription" as const, data: { ...sub, id: h.subscriptionId } };
    }),
  );
  await db.insert(sessions).values(
    [SUBSCRIBER, LOW_MEMBER].map((m) => ({ sessionToken: m.token, userId: m.id, expires: periodEnd, userAgent: "autocannon", lastSeenAt: now })),
  );
}

/** `count` members in all, levels 0..4; one in five signed in somewhere, one in fifty with a ccap. */
export async function generateMembers(db: Database, options: { count: number; now: Date }): Promise<void> {
  const premiumPlanId = await insertPlans(db);
  await insertFixtureMembers(db, { premiumPlanId, now: options.now });
  const bulk = Math.max(0, options.count - 2 - webhookCustomers().length);
  const expires = new Date(options.now.getTime() + 30 * 86_400_000);
  await inBatches(bulk, MEMBER_BATCH, CONCURRENCY, async (start, length) => {
    const batch = Array.from({ length }, (_, j) => {
      const i = start + j;
      return { id: randomUUID(), email: `member-${i}@bench.example`, name: `Member ${i}`, level: memberLevel(i), createdAt: options.now };
    });
    await db.insert(users).values(batch);
    const signedIn = batch.filter((_, j) => (start + j) % 5 === 0);
    if (signedIn.length) {
      await db.insert(sessions).values(signedIn.map((u) => ({ sessionToken: randomBytes(32).toString("base64url"), userId: u.id, expires, lastSeenAt: options.now })));
    }
    const withCcap = batch.filter((_, j) => (start + j) % 50 === 7);
    if (withCcap.length) await db.insert(memberCcaps).values(withCcap.map((u) => ({ userId: u.id, ccap: "pdf_edition" })));
  });
}
