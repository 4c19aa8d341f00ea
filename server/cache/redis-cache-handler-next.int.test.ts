import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { clearSharedCache } from "./clear-shared-cache.mjs";
import RedisCacheHandler from "./redis-cache-handler-next.mjs";
import { closeSharedRedis } from "./shared-redis.mjs";

/*
 * The handler against a real Redis (REDIS_URL, else 127.0.0.1:6379). Two handlers stand
 * for two server instances: they share nothing but Redis.
 */
const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const prefix = `lede-test-${process.pid}-${Date.now().toString(36)}:`;
const distRoot = mkdtempSync(path.join(tmpdir(), "lede-cache-"));
const serverDistDir = path.join(distRoot, "server");
writeFileSync(path.join(distRoot, "BUILD_ID"), "build-1\n");

const ctx = { serverDistDir, revalidatedTags: [], _requestHeaders: {} };
const page = (html: string, path_: string) => ({
  kind: "APP_PAGE" as const,
  html,
  rscData: Buffer.from(`rsc ${html}`),
  headers: { "x-next-cache-tags": `_N_T_/layout,_N_T_/articles/layout,_N_T_${path_}` },
  status: 200,
  postponed: undefined,
  segmentData: new Map([["/_tree", Buffer.from("tree")]]),
});
const getCtx = { kind: "APP_PAGE", isFallback: false };
const setCtx = { cacheControl: { revalidate: 300, expire: 31536000 } };
type Handler = InstanceType<typeof RedisCacheHandler>;
type Setter = (h: Handler, key: string, value: ReturnType<typeof page>) => Promise<void>;
const set: Setter = (h, key, value) => h.set(key, value as never, setCtx);

const env = { REDIS_URL: process.env.REDIS_URL, LEDE_CACHE_PREFIX: process.env.LEDE_CACHE_PREFIX };
beforeAll(() => {
  process.env.REDIS_URL = redisUrl;
  process.env.LEDE_CACHE_PREFIX = prefix;
});
afterAll(async () => {
  await clearSharedCache({ redisUrl, prefix });
  await closeSharedRedis();
  Object.assign(process.env, env);
  rmSync(distRoot, { recursive: true, force: true });
});

describe("RedisCacheHandler", () => {
  it("serves on instance B the page instance A rendered, with its lifetime", async () => {
    const a = new RedisCacheHandler(ctx);
    const b = new RedisCacheHandler(ctx);
    await set(a, "/route-cache/app-page/x/$/articles/oil", page("<p>oil v1</p>", "/articles/oil"));
    const got = await b.get("/route-cache/app-page/x/$/articles/oil", getCtx);
    expect(got?.value).toMatchObject({ kind: "APP_PAGE", html: "<p>oil v1</p>" });
    expect(Buffer.isBuffer((got?.value as { rscData: Buffer }).rscData)).toBe(true);
    expect(got?.cacheControl).toEqual({ revalidate: 300, expire: 31536000 });
    expect(Math.abs((got?.lastModified ?? 0) - Date.now())).toBeLessThan(5_000);
  });

  it("a revalidatePath on instance A expires the page on instance B, and only that page", async () => {
    const a = new RedisCacheHandler(ctx);
    const b = new RedisCacheHandler(ctx);
    await set(a, "/k/articles/gas", page("<p>gas v1</p>", "/articles/gas"));
    await set(a, "/k/articles/coal", page("<p>coal v1</p>", "/articles/coal"));
    expect(await b.get("/k/articles/gas", getCtx)).not.toBeNull();
    await new Promise((r) => setTimeout(r, 5));
    await a.revalidateTag(["_N_T_/articles/gas"]);
    expect(await b.get("/k/articles/gas", getCtx)).toBeNull();
    expect((await b.get("/k/articles/coal", getCtx))?.value).toMatchObject({ html: "<p>coal v1</p>" });
    // B renders the page again; the new copy is served to A.
    await new Promise((r) => setTimeout(r, 5));
    await set(b, "/k/articles/gas", page("<p>gas v2</p>", "/articles/gas"));
    expect((await a.get("/k/articles/gas", getCtx))?.value).toMatchObject({ html: "<p>gas v2</p>" });
  });

  it("a site-wide change (the root layout) expires every page", async () => {
    const a = new RedisCacheHandler(ctx);
    await set(a, "/k/articles/salt", page("<p>salt</p>", "/articles/salt"));
    await new Promise((r) => setTimeout(r, 5));
    await a.revalidateTag("_N_T_/layout");
    expect(await a.get("/k/articles/salt", getCtx)).toBeNull();
  });

  it("a tag marked stale with a cache-life profile serves the old copy as due for a background render", async () => {
    const a = new RedisCacheHandler(ctx);
    await set(a, "/k/articles/tin", page("<p>tin</p>", "/articles/tin"));
    await new Promise((r) => setTimeout(r, 5));
    await a.revalidateTag(["_N_T_/articles/tin"], { expire: 3600 });
    const got = await a.get("/k/articles/tin", getCtx);
    expect(got?.value).toMatchObject({ html: "<p>tin</p>" });
    expect(Date.now() - (got?.lastModified ?? 0)).toBeGreaterThan(300 * 1000);
  });

  it("another build does not see this build's pages", async () => {
    const a = new RedisCacheHandler(ctx);
    await set(a, "/k/articles/iron", page("<p>iron</p>", "/articles/iron"));
    const otherRoot = mkdtempSync(path.join(tmpdir(), "lede-cache-"));
    writeFileSync(path.join(otherRoot, "BUILD_ID"), "build-2");
    const other = new RedisCacheHandler({ ...ctx, serverDistDir: path.join(otherRoot, "server") });
    expect(await other.get("/k/articles/iron", getCtx)).toBeNull();
    rmSync(otherRoot, { recursive: true, force: true });
  });
});

describe("RedisCacheHandler without a reachable Redis", () => {
  it("answers misses, drops writes and logs the outage once: pages render, nothing fails", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    process.env.REDIS_URL = "redis://127.0.0.1:1";
    try {
      const handler = new RedisCacheHandler(ctx);
      const started = Date.now();
      await set(handler, "/k/articles/oil", page("<p>oil</p>", "/articles/oil"));
      expect(await handler.get("/k/articles/oil", getCtx)).toBeNull();
      await handler.revalidateTag("_N_T_/articles/oil");
      expect(await new RedisCacheHandler(ctx).get("/k/articles/oil", getCtx)).toBeNull();
      expect(Date.now() - started).toBeLessThan(3_000);
      const outages = errors.mock.calls.filter(([m]) => String(m).includes("Redis unavailable"));
      expect(outages).toHaveLength(1);
    } finally {
      process.env.REDIS_URL = redisUrl;
      errors.mockRestore();
    }
  });
});
