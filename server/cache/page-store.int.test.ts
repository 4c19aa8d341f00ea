import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { clearSharedCache } from "./clear-shared-cache.mjs";
import LedeCacheHandler from "./lede-cache-handler";
import { MemoryPageStore } from "./memory-page-store";
import type { PageStore } from "./page-store";
import { RedisPageStore } from "./redis-page-store";
import { closeSharedRedis } from "./shared-redis.mjs";

/*
 * The cache handler over both page stores (memory, and a real Redis: REDIS_URL, else
 * 127.0.0.1:6379). Two Redis stores stand for two server instances sharing one Redis.
 */
const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const prefix = `lede-test-${process.pid}-${Date.now().toString(36)}:`;
const key = (path: string) => `/route-cache/APP_PAGE/0123abcd/$${path}`;
const page = (html: string, status = 200) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from(`rsc ${html}`),
  headers: { "x-next-cache-tags": "_N_T_/layout" },
  status,
  postponed: undefined,
  segmentData: new Map([["/_tree", Buffer.from("tree")]]),
});
const setCtx = { cacheControl: { revalidate: 300, expire: 3600 } };
const htmlOf = (entry: { value: unknown } | null) => (entry?.value as { html?: string } | null)?.html;

afterAll(async () => {
  await clearSharedCache({ redisUrl, prefix });
  await closeSharedRedis();
});

// Each test gets stores of its own (a Redis prefix of its own): purges never leak between tests.
let run = 0;
const stores: [string, (test: number) => PageStore][] = [
  ["memory", () => new MemoryPageStore(16 * 1024 * 1024)],
  ["redis", (test) => new RedisPageStore({ redisUrl, prefix: `${prefix}${test}:` }, "build-1")],
];

describe.each(stores)("the cache handler on the %s store", (_name, makeStoreFor) => {
  let store: PageStore;
  let handler: LedeCacheHandler;
  let makeStore: () => PageStore;
  beforeEach(() => {
    const test = ++run;
    makeStore = () => makeStoreFor(test);
    store = makeStore();
    handler = new LedeCacheHandler(undefined, store);
  });

  it("keeps a page and serves it with its Buffers and Maps as they were", async () => {
    expect(await handler.get(key("/articles/kept"), { kind: "APP_PAGE" })).toBeNull();
    await handler.set(key("/articles/kept"), page("<p>kept</p>"), setCtx);
    const got = await handler.get(key("/articles/kept"), { kind: "APP_PAGE" });
    expect(htmlOf(got)).toBe("<p>kept</p>");
    expect((got?.value as unknown as { rscData: Buffer }).rscData.toString()).toBe("rsc <p>kept</p>");
    expect((got?.value as unknown as { segmentData: Map<string, Buffer> }).segmentData.get("/_tree")?.toString()).toBe("tree");
  });

  it("refuses a page whose render began before a purge of what it shows (the cache-version rule)", async () => {
    // The render begins (a miss), the editor's save purges the article, then the render ends.
    expect(await handler.get(key("/articles/raced"), { kind: "APP_PAGE" })).toBeNull();
    await store.purge(["article:raced"]);
    await handler.set(key("/articles/raced"), page("<p>old text</p>"), setCtx);
    expect((await store.read(key("/articles/raced")))?.page).toBeNull();
    // The next render began after the save (a purge and a render within one millisecond count as overlapping): it is kept.
    await new Promise((r) => setTimeout(r, 5));
    expect(await handler.get(key("/articles/raced"), { kind: "APP_PAGE" })).toBeNull();
    await handler.set(key("/articles/raced"), page("<p>new text</p>"), setCtx);
    expect(htmlOf(await handler.get(key("/articles/raced"), { kind: "APP_PAGE" }))).toBe("<p>new text</p>");
  });

  it("stamps a render's own answer with when the render began on this process's clock, only when the page was stored", async () => {
    const before = performance.timeOrigin + performance.now();
    expect(await handler.get(key("/articles/stamped"), { kind: "APP_PAGE" })).toBeNull();
    const rendered = page("<p>fresh</p>");
    await handler.set(key("/articles/stamped"), rendered, setCtx);
    const stamp = Number((rendered.headers as Record<string, string>)["x-lede-rendered-at"]);
    expect(stamp).toBeGreaterThanOrEqual(before);
    expect(stamp).toBeLessThanOrEqual(performance.timeOrigin + performance.now());
    // A render that a purge overtook is refused, and its answer says nothing.
    expect(await handler.get(key("/articles/overtaken"), { kind: "APP_PAGE" })).toBeNull();
    await new Promise((r) => setTimeout(r, 5));
    await store.purge(["article:overtaken"]);
    const overtaken = page("<p>old</p>");
    await handler.set(key("/articles/overtaken"), overtaken, setCtx);
    expect(overtaken.headers).not.toHaveProperty("x-lede-rendered-at");
  });

  it("stops serving a kept page once a tag of it is purged, and only then", async () => {
    await handler.get(key("/categories/libya/page/2"), { kind: "APP_PAGE" });
    await handler.set(key("/categories/libya/page/2"), page("<p>listing</p>"), setCtx);
    await handler.get(key("/articles/other"), { kind: "APP_PAGE" });
    await handler.set(key("/articles/other"), page("<p>other</p>"), setCtx);
    await store.purge(["listing:categories/libya"]);
    expect(await handler.get(key("/categories/libya/page/2"), { kind: "APP_PAGE" })).toBeNull();
    expect(htmlOf(await handler.get(key("/articles/other"), { kind: "APP_PAGE" }))).toBe("<p>other</p>");
    await store.purge(["all"]);
    expect(await handler.get(key("/articles/other"), { kind: "APP_PAGE" })).toBeNull();
  });

  it("never keeps a not-found or error answer: made-up addresses cannot fill the cache", async () => {
    await handler.get(key("/articles/made-up"), { kind: "APP_PAGE" });
    await handler.set(key("/articles/made-up"), page("<p>not found</p>", 404), setCtx);
    expect(await handler.get(key("/articles/made-up"), { kind: "APP_PAGE" })).toBeNull();
    // Next's not-found page itself, whatever status it is stored with, is rendered for one request at a time.
    await handler.get(key("/_not-found"), { kind: "APP_PAGE" });
    await handler.set(key("/_not-found"), page("<p>not found</p>"), setCtx);
    expect(await handler.get(key("/_not-found"), { kind: "APP_PAGE" })).toBeNull();
  });

  it("a render whose beginning is unknown is refused when its page was purged within the last minute", async () => {
    await store.purge(["article:unknown-start"]);
    await handler.set(key("/articles/unknown-start"), page("<p>maybe old</p>"), setCtx);
    expect(await handler.get(key("/articles/unknown-start"), { kind: "APP_PAGE" })).toBeNull();
    await handler.set(key("/articles/never-purged"), page("<p>fine</p>"), setCtx);
    expect(htmlOf(await handler.get(key("/articles/never-purged"), { kind: "APP_PAGE" }))).toBe("<p>fine</p>");
  });

  it("tells its listeners which tags were purged", async () => {
    const heard: (readonly string[] | null)[] = [];
    const listener = makeStore();
    listener.onPurge((tags) => heard.push(tags));
    // Redis: wait until the listener's channel is subscribed.
    for (let i = 0; i < 50 && store.sharedByInstances && heard.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    const purger = store.sharedByInstances ? store : listener;
    await purger.purge(["article:a", "front"]);
    for (let i = 0; i < 50 && !heard.some((t) => t?.includes("front")); i++) await new Promise((r) => setTimeout(r, 20));
    expect(heard).toContainEqual(["article:a", "front"]);
  });
});

describe("two instances on one Redis", () => {
  it("a purge on one refuses, on the other, a render begun before it", async () => {
    const a = new LedeCacheHandler(undefined, new RedisPageStore({ redisUrl, prefix }, "build-1"));
    const storeB = new RedisPageStore({ redisUrl, prefix }, "build-1");
    const b = new LedeCacheHandler(undefined, storeB);
    expect(await b.get(key("/articles/shared"), { kind: "APP_PAGE" })).toBeNull();
    await a.revalidateTag("article:shared");
    await b.set(key("/articles/shared"), page("<p>old</p>"), setCtx);
    expect(await a.get(key("/articles/shared"), { kind: "APP_PAGE" })).toBeNull();
  });

  it("never serves another build's pages", async () => {
    const v1 = new LedeCacheHandler(undefined, new RedisPageStore({ redisUrl, prefix }, "build-1"));
    const v2 = new LedeCacheHandler(undefined, new RedisPageStore({ redisUrl, prefix }, "build-2"));
    await v1.set(key("/articles/release"), page("<p>v1</p>"), setCtx);
    expect(await v2.get(key("/articles/release"), { kind: "APP_PAGE" })).toBeNull();
  });
});
