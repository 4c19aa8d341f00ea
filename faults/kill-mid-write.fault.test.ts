import { and, eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, expect, it } from "vitest";
import { connect, type Opened } from "../db/client";
import { articleAuthors, articleCategories, articles, articleTags, entitlementHistory, stripeEvents, subscriptions } from "../db/schema";
import type { NextInstance } from "../e2e/support/next-instance";
import type { ScratchDatabase } from "../e2e/support/scratch-database";
import { demoArticles } from "../scripts/seed/seed";
import { startStripeStandIn, type StripeStandIn } from "../scripts/stripe-stand-in/index";
import { createPlan, deliver, payingMember, standInStripe, subscribe } from "./support/billing";
import { postSave, retitle } from "./support/editor";
import { firstRow, get, serverEnv, signIn, sleep, startLede, startSeededCluster } from "./support/lede";
import type { PostgresCluster } from "./support/postgres-cluster";

/*
 * An instance is killed with SIGKILL while its transaction is half done. To stop it exactly
 * there, a side connection holds a table lock that the transaction's last statements wait
 * for; the instance is killed while it waits, then the lock is released.
 */
let cluster: PostgresCluster;
let database: ScratchDatabase;
let standIn: StripeStandIn;
let env: NodeJS.ProcessEnv;
let lede: NextInstance;
let side: Opened;
let locker: postgres.Sql;

beforeAll(async () => {
  ({ cluster, database } = await startSeededCluster());
  standIn = await startStripeStandIn();
  env = serverEnv(database.url, { STRIPE_SECRET_KEY: "sk_test_faults", STRIPE_API_BASE: standIn.url });
  lede = await startLede(env);
  side = await connect({ url: database.url });
  locker = postgres(database.url, { max: 1, onnotice: () => {} });
});

afterAll(async () => {
  await lede?.stop();
  await locker?.end();
  await side?.close();
  await standIn?.stop();
  cluster?.destroy();
});

/** Holds `lock table <table> in share mode` (reads pass, writes wait) until the returned function is called. */
async function holdTable(table: string): Promise<() => Promise<void>> {
  const reserved = await locker.reserve();
  await reserved`begin`;
  await reserved.unsafe(`lock table ${table} in share mode`);
  return async () => {
    await reserved`rollback`;
    reserved.release();
  };
}

/** Waits until some session of the database waits for a lock (the instance's transaction, half done). */
async function untilWaitingOnLock(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const row = await firstRow<{ n: number }>(side.db, sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`);
    if ((row?.n ?? 0) > 0) return;
    await sleep(100);
  }
  throw new Error("the instance's transaction never reached the lock");
}

async function killAndRestart(): Promise<void> {
  const exited = new Promise<void>((resolve) => lede.process.once("exit", () => resolve()));
  lede.process.kill("SIGKILL");
  await exited;
}

it("kill -9 in the middle of a webhook: nothing half-written; Stripe's retry applies it once", async () => {
  const stripe = standInStripe(standIn);
  const plan = await createPlan(side.db, stripe, 1);
  const payer = await payingMember(side.db, stripe, "faults-killed@readers.example");
  const { subscriptionId, events } = await subscribe(standIn, stripe, payer, plan.priceId);
  const created = events.find((e) => e.type === "customer.subscription.created")!;

  // The event's transaction writes the subscription and the history, then waits to record the event id.
  const release = await holdTable("stripe_events");
  const delivery = deliver(lede.url, created).catch((e: unknown) => ({ status: 0, body: String(e) }));
  await untilWaitingOnLock();
  await killAndRestart();
  expect((await delivery).status, "Stripe saw no answer").toBe(0);
  await release();

  expect(await side.db.select().from(subscriptions).where(eq(subscriptions.id, subscriptionId))).toEqual([]);
  expect(await side.db.select().from(entitlementHistory).where(eq(entitlementHistory.userId, payer.userId))).toEqual([]);
  expect(await side.db.select().from(stripeEvents).where(eq(stripeEvents.id, created.id))).toEqual([]);

  lede = await startLede(env);
  const retry = await deliver(lede.url, created);
  expect(retry.status, retry.body).toBe(200);
  expect(retry.body).toContain('"outcome":"synced"');
  expect((await deliver(lede.url, created)).body).toContain("duplicate");
  expect(await side.db.select().from(subscriptions).where(eq(subscriptions.id, subscriptionId))).toHaveLength(1);
  expect(await side.db.select().from(entitlementHistory).where(and(eq(entitlementHistory.userId, payer.userId), eq(entitlementHistory.cause, created.id)))).toHaveLength(1);
});

it("kill -9 in the middle of an editor's save: nothing half-written; the retried save lands once", async () => {
  const piece = demoArticles.find((a) => a.access.kind === "public")!;
  const editor = await signIn(lede.url, "editor@meridian.example");
  const [before] = await side.db.select({ id: articles.id, title: articles.title, version: articles.version }).from(articles).where(eq(articles.slug, piece.slug));
  const links = async (id: number) => ({
    authors: (await side.db.select().from(articleAuthors).where(eq(articleAuthors.articleId, id))).length,
    categories: (await side.db.select().from(articleCategories).where(eq(articleCategories.articleId, id))).length,
    tags: (await side.db.select().from(articleTags).where(eq(articleTags.articleId, id))).length,
  });
  const linksBefore = await links(before!.id);
  expect(linksBefore.authors).toBeGreaterThan(0);
  const title = `Saved after a crash ${Date.now().toString(36)}`;
  const save = await retitle(side.db, piece.slug, title);

  // The save's transaction updates the article and drops its bylines, sections and tags, then waits to rewrite its "read also" links.
  const release = await holdTable("read_also");
  const posted = postSave(lede.url, editor, save).catch((e: unknown) => ({ status: 0, body: String(e) }));
  await untilWaitingOnLock();
  await killAndRestart();
  expect((await posted).status, "the editor saw no answer").toBe(0);
  await release();

  const [after] = await side.db.select({ title: articles.title, version: articles.version }).from(articles).where(eq(articles.id, before!.id));
  expect(after).toEqual({ title: before!.title, version: before!.version });
  expect(await links(before!.id)).toEqual(linksBefore);

  // The editor saves again (another instance, or this one restarted): it lands once, on the version edited.
  lede = await startLede(env);
  const again = await postSave(lede.url, editor, save);
  expect(again.status, again.body).toBe(200);
  const [landed] = await side.db.select({ title: articles.title, version: articles.version }).from(articles).where(eq(articles.id, before!.id));
  expect(landed).toEqual({ title, version: before!.version + 1 });
  expect(await links(before!.id)).toEqual(linksBefore);
  expect((await get(`${lede.url}/articles/${piece.slug}`)).text).toContain(title);
  // The same save once more is refused as stale: no second write.
  expect((await postSave(lede.url, editor, save)).status).toBe(409);
});
