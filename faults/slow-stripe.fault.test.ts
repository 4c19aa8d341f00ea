import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { connect, type Opened } from "../db/client";
import { subscriptions, users } from "../db/schema";
import type { NextInstance } from "../e2e/support/next-instance";
import type { ScratchDatabase } from "../e2e/support/scratch-database";
import { STRIPE_TIMEOUT_MS } from "../lib/billing/stripe-client";
import { startStripeStandIn, type StripeStandIn } from "../scripts/stripe-stand-in/index";
import { createPlan, deliver, payingMember, standInStripe, subscribe } from "./support/billing";
import { firstRow, serverEnv, signIn, sleep, startLede, startSeededCluster } from "./support/lede";
import type { PostgresCluster } from "./support/postgres-cluster";

/*
 * Stripe answers after 20 s, or not at all (the stand-in's latency modes). Checkout and the
 * portal must give the member a clear answer within the SDK timeout set in
 * lib/billing/stripe-client, and nothing may hold a database lock while Stripe is waited on.
 */
let cluster: PostgresCluster;
let database: ScratchDatabase;
let standIn: StripeStandIn;
let lede: NextInstance;
let side: Opened;

/** The SDK's timeout plus the time the server needs around it. */
const BOUND_MS = STRIPE_TIMEOUT_MS + 4_000;

beforeAll(async () => {
  ({ cluster, database } = await startSeededCluster());
  standIn = await startStripeStandIn();
  lede = await startLede(serverEnv(database.url, { STRIPE_SECRET_KEY: "sk_test_faults", STRIPE_API_BASE: standIn.url }));
  side = await connect({ url: database.url });
});

afterAll(async () => {
  await lede?.stop();
  await side?.close();
  await standIn?.stop();
  cluster?.destroy();
});

async function post(path: string, cookie: string, body: unknown): Promise<{ status: number; retryAfter: string | null; json: { error?: string }; ms: number }> {
  const started = Date.now();
  const response = await fetch(lede.url + path, { method: "POST", headers: { "content-type": "application/json", origin: lede.url, cookie }, body: JSON.stringify(body) });
  return { status: response.status, retryAfter: response.headers.get("retry-after"), json: (await response.json()) as { error?: string }, ms: Date.now() - started };
}

/** Another transaction can take the member's row lock at once: nobody holds it while Stripe is waited on. */
async function lockMemberRowNow(userId: string): Promise<void> {
  await side.db.transaction(async (tx) => {
    await tx.execute(sql`set local lock_timeout = '200ms'`);
    await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for("update", { noWait: true });
  });
  const open = await firstRow<{ n: number }>(side.db, sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and state like 'idle in transaction%'`);
  expect(open?.n, "no transaction left open while Stripe is waited on").toBe(0);
}

it("checkout and portal answer a clear 503 within the bound while Stripe hangs or takes 20 s; no row lock is held meanwhile", async () => {
  const stripe = standInStripe(standIn);
  const plan = await createPlan(side.db, stripe, 3);
  const [newcomer] = await side.db.select({ id: users.id }).from(users).where(eq(users.email, "level0@meridian.example"));
  const payer = await payingMember(side.db, stripe, "level1@meridian.example");
  const newcomerCookie = await signIn(lede.url, "level0@meridian.example");
  const payerCookie = await signIn(lede.url, "level1@meridian.example");

  for (const latency of ["hang", 20_000] as const) {
    standIn.setLatency(latency);
    const checkout = post("/api/billing/checkout", newcomerCookie, { planId: plan.planId });
    const portal = post("/api/billing/portal", payerCookie, {});
    await sleep(1_500);
    await lockMemberRowNow(newcomer!.id);
    await lockMemberRowNow(payer.userId);
    for (const answer of [await checkout, await portal]) {
      expect(answer.status, `${latency}: ${JSON.stringify(answer.json)}`).toBe(503);
      expect(answer.json.error).toMatch(/Stripe.*not answering.*try again/);
      expect(answer.retryAfter).toMatch(/^\d+$/);
      expect(answer.ms, `${latency}: answered after ${answer.ms} ms`).toBeLessThan(BOUND_MS);
    }
  }
  standIn.setLatency(0);
  // Once Stripe answers again, the same checkout goes through.
  const ok = await post("/api/billing/checkout", newcomerCookie, { planId: plan.planId });
  expect(ok.status, JSON.stringify(ok.json)).toBe(200);
});

it("a webhook waiting on a silent Stripe holds no lock, answers 5xx, and Stripe's retry applies it", async () => {
  const stripe = standInStripe(standIn);
  const plan = await createPlan(side.db, stripe, 2);
  const payer = await payingMember(side.db, stripe, "faults-slow-webhook@readers.example");
  const { subscriptionId, events } = await subscribe(standIn, stripe, payer, plan.priceId);
  const created = events.find((e) => e.type === "customer.subscription.created")!;

  standIn.setLatency("hang");
  const started = Date.now();
  const during = deliver(lede.url, created);
  await sleep(1_500);
  await lockMemberRowNow(payer.userId);
  const refused = await during;
  expect(refused.status).toBeGreaterThanOrEqual(500);
  expect(Date.now() - started).toBeLessThan(BOUND_MS);
  standIn.setLatency(0);

  const retry = await deliver(lede.url, created);
  expect(retry.status, retry.body).toBe(200);
  expect(retry.body).toContain('"outcome":"synced"');
  expect(await side.db.select().from(subscriptions).where(eq(subscriptions.id, subscriptionId))).toHaveLength(1);
});
