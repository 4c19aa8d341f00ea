import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { connect, type Opened } from "../db/client";
import { entitlementHistory, stripeEvents, subscriptions } from "../db/schema";
import type { NextInstance } from "../e2e/support/next-instance";
import type { ScratchDatabase } from "../e2e/support/scratch-database";
import { demoArticles } from "../scripts/seed/seed";
import { startStripeStandIn, type StripeStandIn } from "../scripts/stripe-stand-in/index";
import { createPlan, deliver, payingMember, standInStripe, subscribe } from "./support/billing";
import { get, serverEnv, signIn, sleep, startLede, startSeededCluster } from "./support/lede";
import type { PostgresCluster } from "./support/postgres-cluster";

/*
 * PostgreSQL stops (a real server of the test's own, stopped with pg_ctl) while readers,
 * a member, an editor and Stripe keep asking one Lede server, then comes back.
 */
let cluster: PostgresCluster;
let database: ScratchDatabase;
let standIn: StripeStandIn;
let lede: NextInstance;
let side: Opened;

const gated = demoArticles.find((a) => a.access.kind !== "public" && a.access.level === 2 && !a.access.ccaps?.length)!;
const open = demoArticles.find((a) => a.access.kind === "public")!;
const sharedPages = ["/", `/articles/${open.slug}`, `/articles/${gated.slug}`, "/latest"];

beforeAll(async () => {
  ({ cluster, database } = await startSeededCluster());
  standIn = await startStripeStandIn();
  lede = await startLede(serverEnv(database.url, { STRIPE_SECRET_KEY: "sk_test_faults", STRIPE_API_BASE: standIn.url }));
  side = await connect({ url: database.url });
});

afterAll(async () => {
  await lede?.stop();
  await side?.close().catch(() => {});
  await standIn?.stop();
  cluster?.destroy();
});

/** Anonymous readers asking for shared pages all along: every answer must be a page. */
function readShared(baseUrl: string): { stop: () => Promise<{ count: number; failures: string[] }> } {
  let running = true;
  let count = 0;
  const failures: string[] = [];
  const loop = async () => {
    for (let i = 0; running; i++) {
      const path = sharedPages[i % sharedPages.length]!;
      const answer = await get(baseUrl + path).catch((e: unknown) => ({ status: 0, text: String(e) }));
      count++;
      if (answer.status !== 200) failures.push(`${path}: ${answer.status}`);
    }
  };
  const loops = [loop(), loop(), loop(), loop()];
  return {
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return { count, failures };
    },
  };
}

it("shared pages keep answering, member and staff pages answer 503 with Retry-After, a webhook 5xx then applied once", async () => {
  const stripe = standInStripe(standIn);
  const plan = await createPlan(side.db, stripe, 1);
  const payer = await payingMember(side.db, stripe, "faults-payer@readers.example");
  const { subscriptionId, events } = await subscribe(standIn, stripe, payer, plan.priceId);
  const created = events.find((e) => e.type === "customer.subscription.created")!;

  const member = await signIn(lede.url, "level2@meridian.example");
  const editor = await signIn(lede.url, "editor@meridian.example");
  const memberPage = `${lede.url}/articles/${gated.slug}`;
  const staffPage = `${lede.url}/admin`;
  expect((await get(memberPage, member)).status).toBe(200);
  expect((await get(staffPage, editor)).status).toBe(200);
  // Warm: the shared pages are in the page memory and the page cache.
  for (const path of sharedPages) for (let i = 0; i < 3; i++) expect((await get(lede.url + path)).status, path).toBe(200);

  const readers = readShared(lede.url);
  await side.close();
  cluster.stop("fast");
  const stoppedAt = Date.now();

  // Within a probe (a second or two) every page that needs the database says so plainly.
  let down = await get(staffPage, editor);
  while (down.status !== 503 && Date.now() - stoppedAt < 5_000) {
    await sleep(100);
    down = await get(staffPage, editor);
  }
  for (const [url, cookie] of [[memberPage, member], [staffPage, editor], [`${lede.url}/account`, member]] as const) {
    const answer = await get(url, cookie);
    expect(answer.status, url).toBe(503);
    expect(answer.headers.get("retry-after"), url).toMatch(/^\d+$/);
    expect(answer.text, url).toMatch(/try again in a few seconds/);
    expect(answer.text, url).not.toMatch(/\bat .+:\d+:\d+|Error:|ECONNREFUSED|postgres/i);
  }
  // Stripe's delivery during the outage is refused with a 5xx, so Stripe retries it.
  const during = await deliver(lede.url, created);
  expect(during.status).toBeGreaterThanOrEqual(500);
  await sleep(2_000);

  cluster.start();
  const startedAt = Date.now();
  let back = await get(memberPage, member);
  while (back.status !== 200 && Date.now() - startedAt < 10_000) {
    await sleep(100);
    back = await get(memberPage, member);
  }
  const recoveredMs = Date.now() - startedAt;
  expect(back.status).toBe(200);
  expect(recoveredMs, "member pages answer again within 5 s of the database's return").toBeLessThanOrEqual(5_000);
  expect((await get(staffPage, editor)).status).toBe(200);

  const { count, failures } = await readers.stop();
  expect(failures, `anonymous shared pages while the database was away (${count} requests)`).toEqual([]);
  expect(count).toBeGreaterThan(50);

  // Stripe's retries: applied once, then recognised as duplicates.
  const retry = await deliver(lede.url, created);
  expect(retry.status, retry.body).toBe(200);
  expect(retry.body).toContain('"outcome":"synced"');
  expect((await deliver(lede.url, created)).body).toContain("duplicate");
  side = await connect({ url: database.url });
  expect(await side.db.select().from(subscriptions).where(eq(subscriptions.id, subscriptionId))).toHaveLength(1);
  expect(await side.db.select().from(stripeEvents).where(eq(stripeEvents.id, created.id))).toHaveLength(1);
  expect(await side.db.select().from(entitlementHistory).where(and(eq(entitlementHistory.userId, payer.userId), eq(entitlementHistory.cause, created.id)))).toHaveLength(1);
  console.log(`postgres-restart: ${count} anonymous reads, all 200; member pages back ${recoveredMs} ms after the database`);
});
