import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { createClient } from "redis";
import { demoArticles } from "../scripts/seed/seed";
import { decodeCacheValue } from "../server/cache/cache-value-codec.mjs";
import { clearSharedCache } from "../server/cache/clear-shared-cache.mjs";
import { freePort } from "../scripts/free-port";
import { randomIp } from "./support/accounts";
import { gatedPieces, leakedSentences, normaliseText } from "./support/gated-text";
import { startNextInstance, type NextInstance } from "./support/next-instance";
import { startRedisServer } from "./support/redis-server";
import { createScratchDatabase, type ScratchDatabase } from "./support/scratch-database";

/*
 * Two server instances (server/serve.ts) of the one production build, one PostgreSQL database, one
 * Redis (REDIS_URL, else 127.0.0.1:6379) under a key prefix of this run only. An editor's
 * save on instance A must show on instance B at once: B serves the shared cache, which the
 * save expired. With a cache per instance (no REDIS_URL) B would keep its old copy for
 * minutes, and this test fails.
 */
const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const prefix = `lede-e2e-${process.pid}-${Date.now().toString(36)}:`;
const port = Number(process.env.E2E_PORT ?? 3100);
/** How long instance B may take to show a save made on A. */
const PROPAGATION_DEADLINE_MS = 5_000;

// The newest piece: on the front page, its category's first page and its own page.
const piece = [...demoArticles].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))[0]!;
const pages = ["/", `/articles/${piece.slug}`, `/categories/${piece.categories[0]}`];

let database: ScratchDatabase;
let env: NodeJS.ProcessEnv;
let a: NextInstance;
let b: NextInstance;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  database = await createScratchDatabase(`lede_e2e_cache_${process.pid}`);
  env = { ...process.env, DATABASE_URL: database.url, REDIS_URL: redisUrl, LEDE_CACHE_PREFIX: prefix };
  [a, b] = await Promise.all([startNextInstance(port + 1, env), startNextInstance(port + 2, env)]);
});

test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await database?.drop();
  await clearSharedCache({ redisUrl, prefix });
});

async function anonymousGet(request: APIRequestContext, url: string): Promise<APIResponse> {
  const res = await request.get(url, { headers: { "x-forwarded-for": randomIp() } });
  expect(res.status(), url).toBe(200);
  return res;
}

test("a save on instance A shows on instance B within seconds, through the shared cache", async ({ playwright, browser }) => {
  const anonymous = await playwright.request.newContext();
  // Warm both instances; B's first view comes from A's render in Redis, its second from B's
  // page memory: the copies the save must replace.
  for (const path of pages) {
    for (const instance of [a, b]) await anonymousGet(anonymous, instance.url + path);
    // B keeps pages once it listens for other instances' changes (it may still be connecting).
    await expect(async () => {
      const again = await anonymousGet(anonymous, b.url + path);
      expect(again.headers()["x-nextjs-cache"], `${path} on B`).toBe("HIT");
      expect(again.headers()["x-lede-page-memory"], `${path} on B`).toBe("hit");
      expect(normaliseText(await again.text())).toContain(normaliseText(piece.title));
    }).toPass({ timeout: 10_000 });
  }

  const editor = await browser.newContext({ baseURL: a.url, extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
  const signIn = await editor.request.post("/api/session/password", { data: { email: "editor@meridian.example", password: "meridian-demo" }, headers: { origin: a.url } });
  expect(signIn.status()).toBe(200);
  const search = (await (await editor.request.get(`/api/admin/articles/search?q=${encodeURIComponent(piece.title)}`)).json()) as { results: { id: number; slug: string }[] };
  const id = search.results.find((r) => r.slug === piece.slug)!.id;
  const title = `Shared cache check ${Date.now().toString(36)}`;
  const page = await editor.newPage();
  await page.goto(`/admin/articles/${id}`);
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.locator("main").getByRole("status")).toContainText("Saved");
  const saved = Date.now();

  const seenAfter: Record<string, number> = {};
  await Promise.all(
    pages.map(async (path) => {
      while (!(await anonymousGet(anonymous, b.url + path).then((r) => r.text())).includes(title)) {
        if (Date.now() - saved > PROPAGATION_DEADLINE_MS) throw new Error(`${path} on instance B still shows the old title ${PROPAGATION_DEADLINE_MS} ms after the save`);
        await new Promise((r) => setTimeout(r, 100));
      }
      seenAfter[path] = Date.now() - saved;
    }),
  );
  console.log(`shared-cache: the save on A showed on B after ${JSON.stringify(seenAfter)} ms`);
  await editor.close();
  await anonymous.dispose();
});

test("anonymous answers stay publicly cacheable and cookie-free on both instances; signed-in ones private", async ({ playwright }) => {
  const anonymous = await playwright.request.newContext();
  const member = await playwright.request.newContext({ extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
  const signIn = await member.post(`${a.url}/api/session/password`, { data: { email: "level2@meridian.example", password: "meridian-demo" }, headers: { origin: a.url } });
  expect(signIn.status()).toBe(200);
  for (const instance of [a, b]) {
    for (const path of pages) {
      const res = await anonymousGet(anonymous, instance.url + path);
      expect(res.headers()["cache-control"], `${path} on ${instance.url}`).toMatch(/^(public, )?s-maxage=\d+, stale-while-revalidate=\d+$/);
      expect(res.headers()["set-cookie"], `${path} on ${instance.url}`).toBeUndefined();
    }
    // The session cookie is for localhost, whatever the port: the member is signed in on both.
    const own = await member.get(`${instance.url}/articles/${piece.slug}`);
    expect(own.status()).toBe(200);
    expect(own.headers()["cache-control"]).toMatch(/^private, .*no-store/);
  }
  await anonymous.dispose();
  await member.dispose();
});

test("the shared cache holds anonymous pages only, never a gated sentence", async ({ playwright }) => {
  // Members read gated pieces, their account and their sessions on both instances first.
  const member = await playwright.request.newContext({ extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
  const signIn = await member.post(`${a.url}/api/session/password`, { data: { email: "level2@meridian.example", password: "meridian-demo" }, headers: { origin: a.url } });
  expect(signIn.status()).toBe(200);
  for (const instance of [a, b]) {
    for (const p of gatedPieces.slice(0, 6)) expect((await member.get(`${instance.url}/articles/${p.slug}`)).status()).toBe(200);
    for (const path of ["/account", "/api/account/sessions", "/feed.xml", "/latest"]) await member.get(instance.url + path);
  }
  const redis = createClient({ url: redisUrl });
  await redis.connect();
  const keys: string[] = [];
  for await (const batch of redis.scanIterator({ MATCH: `${prefix}page:*`, COUNT: 500 })) keys.push(...batch);
  const paths = keys.map((k) => k.slice(k.indexOf("/$/") + 2));
  expect(paths.length).toBeGreaterThan(0);
  for (const path of paths) expect(path, "a cached path").toMatch(/^\/(articles|front|latest|categories|tags|authors|feeds)(\/|$)|^\/(_not-found|robots\.txt|icon\.svg|index)$/);
  for (const key of keys) {
    const text = await redis.hGet(key, "v");
    const { value } = decodeCacheValue(text ?? "null") as { value: Record<string, unknown> | null };
    const parts = [value?.html, value?.rscData, value?.body, ...(value?.segmentData instanceof Map ? value.segmentData.values() : [])];
    const body = parts.map((p) => (Buffer.isBuffer(p) ? p.toString("utf8") : typeof p === "string" ? p : "")).join("\n");
    for (const p of gatedPieces) expect(leakedSentences(p, body), `${key} holds gated text of ${p.slug}`).toEqual([]);
  }
  await redis.destroy();
  await member.dispose();
});

test("an instance serves every page while Redis is unreachable, down, or back: the cache never takes the site down", async ({ playwright }) => {
  test.setTimeout(90_000);
  const anonymous = await playwright.request.newContext();
  const redisPort = await freePort();
  await b.stop();
  // Instance B now uses a Redis of its own, which is not running yet.
  b = await startNextInstance(port + 2, { ...env, REDIS_URL: `redis://127.0.0.1:${redisPort}` });
  const servesAll = async () => {
    for (const path of pages) await anonymousGet(anonymous, b.url + path);
  };
  await servesAll();

  const redis = await startRedisServer(redisPort);
  try {
    // B reconnects within a few seconds and caches again: a page's second view is a hit.
    // (A query string goes past the page memory, to Next's page cache.)
    await expect(async () => {
      await servesAll();
      await anonymousGet(anonymous, `${b.url}${pages[1]}?from=next`);
      expect((await anonymousGet(anonymous, `${b.url}${pages[1]}?from=next`)).headers()["x-nextjs-cache"]).toBe("HIT");
    }).toPass({ timeout: 15_000 });
  } finally {
    await redis.kill();
  }
  const started = Date.now();
  await servesAll();
  await servesAll();
  expect(Date.now() - started, "pages while Redis is down").toBeLessThan(20_000);
  const log = b.log();
  expect(log.match(/shared cache: Redis unavailable/g), log).toHaveLength(2);
  expect(log.match(/shared cache: Redis is reachable again/g), log).toHaveLength(1);
  expect(log).not.toMatch(/⨯|Error: (?!.*Redis)/);
  await anonymous.dispose();
});
