import { asc } from "drizzle-orm";
import postgres from "postgres";
import Stripe from "stripe";
import { afterAll, beforeAll, expect, it } from "vitest";
import { connect, type Database, type Opened } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { entitlementHistory, invoices, plans, stripeEvents, subscriptions, users } from "../db/schema";
import { summarizeEntitlements } from "../lib/access/summarize-entitlements";
import { handleStripeWebhook } from "../lib/billing/handle-stripe-webhook";
import { stripeGateway } from "../lib/billing/stripe-gateway";
import { loadMemberGrants } from "../lib/members/load-member-grants";
import { startStripeStandIn, type StripeEventLike, type StripeStandIn } from "../scripts/stripe-stand-in/index";
import { standInStripe } from "./support/billing";
import { startCuttingProxy, type CuttingProxy } from "./support/cutting-proxy";
import { startPostgresCluster, type PostgresCluster } from "./support/postgres-cluster";

/*
 * 1,000 Stripe events over 100 customers, delivered twice: in order without faults, and
 * shuffled, a fifth of them twice, by four concurrent deliverers, with the database
 * connection cut in the middle of the transaction on one delivery in twenty (a failed
 * delivery is retried later, as Stripe does). Both databases must end in the same state.
 */
const SECRET = "whsec_chaos";
const CUSTOMERS = 100;
const EVENTS = 1_000;

let cluster: PostgresCluster;
let standIn: StripeStandIn;
let proxy: CuttingProxy;
let ordered: Opened;
let chaos: Opened;

/** A deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 2 ** 32);
}
const rand = random(19);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

async function database(name: string, port: number): Promise<Opened> {
  const admin = postgres(cluster.url("postgres"), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const opened = await connect({ url: `postgres://postgres@127.0.0.1:${port}/${name}` });
  await migrateDatabase(opened);
  return opened;
}

beforeAll(async () => {
  cluster = await startPostgresCluster();
  standIn = await startStripeStandIn();
  proxy = await startCuttingProxy({ host: "127.0.0.1", port: cluster.port });
  ordered = await database("ordered", cluster.port);
  chaos = await database("chaos", proxy.port);
});

afterAll(async () => {
  await ordered?.close();
  await chaos?.close();
  await proxy?.stop();
  await standIn?.stop();
  cluster?.destroy();
});

/** The stand-in's history: checkouts, renewals, failed payments, pauses, cancellations… */
async function makeEvents(stripe: Stripe): Promise<{ priceIds: string[]; customers: { userId: string; customerId: string }[]; events: StripeEventLike[] }> {
  const priceIds: string[] = [];
  for (const name of ["reader", "premium"]) {
    const product = await stripe.products.create({ name });
    priceIds.push((await stripe.prices.create({ product: product.id, unit_amount: 900, currency: "eur", recurring: { interval: "month" } })).id);
  }
  const customers: { userId: string; customerId: string }[] = [];
  const subscriptionIds: string[] = [];
  for (let n = 0; n < CUSTOMERS; n++) {
    const userId = `chaos-member-${n}`;
    const customer = await stripe.customers.create({ email: `${userId}@readers.example`, metadata: { userId } });
    customers.push({ userId, customerId: customer.id });
    const session = await stripe.checkout.sessions.create({ mode: "subscription", customer: customer.id, client_reference_id: userId, line_items: [{ price: pick(priceIds), quantity: 1 }], success_url: "http://localhost/ok", cancel_url: "http://localhost/no" });
    standIn.completeCheckout(session.id);
    subscriptionIds.push([...standIn.subscriptions.values()].find((s) => s.customer === customer.id)!.id);
  }
  const steps: ((id: string) => StripeEventLike[])[] = [
    (id) => standIn.renew(id),
    (id) => standIn.renew(id, { paymentFails: true }),
    (id) => standIn.setStatus(id, "active"),
    (id) => standIn.scheduleCancel(id, true),
    (id) => standIn.scheduleCancel(id, false),
    (id) => standIn.pause(id),
    (id) => standIn.resume(id),
  ];
  while (standIn.events.length < EVENTS + 20) {
    standIn.advanceClock(3_600);
    const id = pick(subscriptionIds);
    try {
      pick(steps)(id);
    } catch {
      // Not possible in this subscription's state (a paused one renewing…): another step.
    }
  }
  for (const id of subscriptionIds.slice(0, 10)) if (standIn.subscriptions.get(id)?.status !== "canceled") standIn.cancelNow(id);
  return { priceIds, customers, events: standIn.events.slice(-EVENTS) };
}

async function setUp(db: Database, priceIds: string[], customers: { userId: string; customerId: string }[]): Promise<void> {
  await db.insert(plans).values(priceIds.map((stripePriceId, i) => ({ id: i + 1, name: `plan ${i + 1}`, level: i + 1, amount: 900, stripePriceId })));
  await db.insert(users).values(customers.map((c) => ({ id: c.userId, email: `${c.userId}@readers.example`, stripeCustomerId: c.customerId })));
}

async function deliverOnce(db: Database, gateway: ReturnType<typeof stripeGateway>, event: StripeEventLike, now: Date): Promise<void> {
  const rawBody = JSON.stringify(event);
  const signature = Stripe.webhooks.generateTestHeaderString({ payload: rawBody, secret: SECRET });
  const result = await handleStripeWebhook(db, () => gateway, { rawBody, signature, secret: SECRET, now });
  if (result.status !== 200) throw new Error(result.outcome);
}

/** Everything a member's access and billing history is made of, in a comparable order. */
async function finalState(db: Database, customers: { userId: string }[], now: Date) {
  const strip = <T extends Record<string, unknown>>(rows: T[], ...keys: string[]) => rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !keys.includes(k))));
  return {
    subscriptions: strip(await db.select().from(subscriptions).orderBy(asc(subscriptions.id)), "syncedAt", "createdAt", "updatedAt"),
    invoices: strip(await db.select().from(invoices).orderBy(asc(invoices.id)), "createdAt", "updatedAt"),
    events: (await db.select({ id: stripeEvents.id }).from(stripeEvents).orderBy(asc(stripeEvents.id))).map((e) => e.id),
    access: await Promise.all(customers.map(async (c) => summarizeEntitlements((await loadMemberGrants(db, c.userId)) ?? [], now))),
    history: (await db.select({ userId: entitlementHistory.userId, fromLevel: entitlementHistory.fromLevel, toLevel: entitlementHistory.toLevel, toCcaps: entitlementHistory.toCcaps }).from(entitlementHistory))
      .map((h) => JSON.stringify(h))
      .sort(),
  };
}

it("1,000 events shuffled, duplicated and cut mid-transaction end in the state of the ordered, fault-free run", async () => {
  const stripe = standInStripe(standIn);
  const gateway = stripeGateway(stripe);
  const { priceIds, customers, events } = await makeEvents(stripe);
  expect(new Set(events.map((e) => e.id)).size).toBe(EVENTS);
  expect(new Set(events.map((e) => JSON.stringify((e.data.object as { customer?: unknown }).customer))).size).toBeGreaterThanOrEqual(CUSTOMERS - 5);
  const now = new Date(standIn.now() * 1000);
  await setUp(ordered.db, priceIds, customers);
  await setUp(chaos.db, priceIds, customers);

  for (const event of events) await deliverOnce(ordered.db, gateway, event, now);

  // Shuffled, with a fifth delivered twice.
  const queue = [...events, ...events.filter(() => rand() < 0.2)];
  for (let i = queue.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [queue[i], queue[j]] = [queue[j]!, queue[i]!];
  }
  const deliveries = queue.length;
  let failures = 0;
  const worker = async () => {
    for (let event = queue.shift(); event; event = queue.shift()) {
      if (rand() < 0.05) proxy.arm();
      try {
        await deliverOnce(chaos.db, gateway, event, now);
      } catch {
        // Stripe retries a delivery that did not answer 2xx: later, in another order.
        failures++;
        queue.splice(Math.floor(rand() * (queue.length + 1)), 0, event);
      }
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  proxy.disarm();

  expect(proxy.cuts, "connections cut mid-transaction").toBeGreaterThanOrEqual(Math.floor(deliveries * 0.05) - 20);
  expect(failures).toBeGreaterThanOrEqual(proxy.cuts);
  const expected = await finalState(ordered.db, customers, now);
  const actual = await finalState(chaos.db, customers, now);
  expect(expected.events).toHaveLength(EVENTS);
  expect(actual).toEqual(expected);
  console.log(`webhook-chaos: ${deliveries} deliveries of ${EVENTS} events, ${proxy.cuts} connections cut mid-transaction, ${failures} deliveries retried; final state equal`);
});
