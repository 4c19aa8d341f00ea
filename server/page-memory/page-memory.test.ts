import { createHash } from "node:crypto";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { processClockMs, RENDERED_AT_HEADER, sharedMaxAgeMs } from "../next-adapter";
import { memorisePage, PageMemory, type FetchedPage } from "./page-memory";

const PUBLIC = { "content-type": "text/html; charset=utf-8", "cache-control": "s-maxage=300, stale-while-revalidate=31535700", "x-nextjs-cache": "HIT" };
const html = (text: string) => `<html><body><p>${text}</p>${"<i>filler</i>".repeat(200)}<script>self.__next_f.push([1,"${text}"])</script></body></html>`;

function fakeNext(pages: Record<string, FetchedPage>) {
  const calls: string[] = [];
  const gates: Array<() => void> = [];
  let held = false;
  return {
    calls,
    hold: () => (held = true),
    release: () => {
      held = false;
      gates.splice(0).forEach((open) => open());
    },
    fetchPage: async (path: string) => {
      calls.push(path);
      // The page as Next has it when asked, answered once released.
      const page = pages[path];
      if (held) await new Promise<void>((open) => gates.push(open));
      if (!page) return { status: 404, headers: { "content-type": "text/html" }, body: "<p>not found</p>" };
      return page;
    },
  };
}

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("PageMemory", () => {
  it("fetches a shareable page once, then answers from memory", async () => {
    const next = fakeNext({ "/articles/a": { status: 200, headers: PUBLIC, body: html("A") } });
    const memory = new PageMemory({ fetchPage: next.fetchPage, maxBytes: 10_000_000, maxAgeMs: 30_000 });
    const [first, second] = await Promise.all([memory.get("/articles/a"), memory.get("/articles/a")]);
    expect(first).toBe(second);
    expect(memory.peek("/articles/a")).toBe(first);
    expect(next.calls).toEqual(["/articles/a"]);
    expect(gunzipSync(first.gzip!).toString()).toBe(first.html);
  });

  it("never keeps what is not from the page cache, not public, has a cookie, or is not a 200", async () => {
    const next = fakeNext({
      "/dynamic": { status: 200, headers: { "content-type": "text/html", "cache-control": "private, no-cache, no-store" }, body: html("D") },
      "/cookie": { status: 200, headers: { ...PUBLIC, "set-cookie": "a=b" }, body: html("C") },
      "/stale": { status: 200, headers: { ...PUBLIC, "x-nextjs-cache": "STALE" }, body: html("S") },
      "/json": { status: 200, headers: { ...PUBLIC, "content-type": "application/json" }, body: "{}" },
    });
    const memory = new PageMemory({ fetchPage: next.fetchPage, maxBytes: 10_000_000, maxAgeMs: 30_000 });
    for (const path of ["/dynamic", "/cookie", "/stale", "/json", "/missing"]) {
      const page = await memory.get(path);
      expect(page.shareable, path).toBe(false);
      expect(memory.peek(path), path).toBeUndefined();
    }
    expect((await memory.get("/missing")).status).toBe(404);
    expect(next.calls.filter((p) => p === "/missing")).toHaveLength(2);
  });

  it("keeps a page no longer than its s-maxage or the memory's own limit", async () => {
    const time = clock();
    const next = fakeNext({
      "/short": { status: 200, headers: { ...PUBLIC, "cache-control": "s-maxage=5, stale-while-revalidate=60" }, body: html("S") },
      "/long": { status: 200, headers: PUBLIC, body: html("L") },
    });
    const memory = new PageMemory({ fetchPage: next.fetchPage, maxBytes: 10_000_000, maxAgeMs: 30_000, now: time.now });
    await memory.get("/short");
    await memory.get("/long");
    time.advance(5_001);
    expect(memory.peek("/short")).toBeUndefined();
    expect(memory.peek("/long")).toBeDefined();
    time.advance(25_000);
    expect(memory.peek("/long")).toBeUndefined();
  });

  it("keeps a copy that says its age until its s-maxage runs out, beyond the default for copies of unknown age", async () => {
    const time = clock();
    const renderedAt = (agoMs: number) => ({ "x-lede-rendered-at": String(time.now() - agoMs) });
    const next = fakeNext({
      "/old": { status: 200, headers: { ...PUBLIC, ...renderedAt(250_000) }, body: html("O") },
      "/new": { status: 200, headers: { ...PUBLIC, ...renderedAt(1_000) }, body: html("N") },
      "/unknown": { status: 200, headers: PUBLIC, body: html("U") },
    });
    const memory = new PageMemory({ fetchPage: next.fetchPage, maxBytes: 10_000_000, maxAgeMs: 600_000, now: time.now });
    for (const p of ["/old", "/new", "/unknown"]) await memory.get(p);
    expect((await memory.get("/new")).headers["x-lede-rendered-at"]).toBeUndefined();
    time.advance(30_001);
    expect(memory.peek("/unknown")).toBeUndefined();
    expect(memory.peek("/old")).toBeDefined();
    time.advance(20_000);
    expect(memory.peek("/old")).toBeUndefined();
    expect(memory.peek("/new")).toBeDefined();
    time.advance(249_000);
    expect(memory.peek("/new")).toBeUndefined();
  });

  it("a purge forgets exactly the pages showing its tags", async () => {
    const pages: Record<string, FetchedPage> = {};
    for (const p of ["/articles/a", "/articles/b", "/categories/libya/page/2", "/tags/nato", "/front/home"]) pages[p] = { status: 200, headers: PUBLIC, body: html(p) };
    const memory = new PageMemory({ fetchPage: fakeNext(pages).fetchPage, maxBytes: 10_000_000, maxAgeMs: 30_000 });
    for (const p of Object.keys(pages)) await memory.get(p);
    memory.purge(["article:a", "listing:categories/libya", "front"]);
    expect(memory.peek("/articles/a")).toBeUndefined();
    expect(memory.peek("/categories/libya/page/2")).toBeUndefined();
    expect(memory.peek("/front/home")).toBeUndefined();
    expect(memory.peek("/articles/b")).toBeDefined();
    expect(memory.peek("/tags/nato")).toBeDefined();
    memory.purge(["all"]);
    expect(memory.size).toBe(0);
  });

  it("never keeps a copy Next rendered for this very request (MISS): it may come from a render begun before a save", async () => {
    const next = fakeNext({ "/articles/a": { status: 200, headers: { ...PUBLIC, "x-nextjs-cache": "MISS" }, body: html("A") } });
    const memory = new PageMemory({ fetchPage: next.fetchPage, maxBytes: 10_000_000, maxAgeMs: 30_000 });
    expect((await memory.get("/articles/a")).html).toContain("A");
    expect(memory.peek("/articles/a")).toBeUndefined();
  });

  it("keeps a render's own answer (MISS) only when the render began after the page was asked for, and no purge came meanwhile", async () => {
    const renderBegun: Record<string, "before" | "after" | "unsaid"> = { "/articles/joined": "before", "/articles/own": "after", "/articles/unsaid": "unsaid", "/articles/purged": "after" };
    let held: (() => void) | null = null;
    const fetchPage = async (path: string): Promise<FetchedPage> => {
      // What the cache handler stamps: when the render began, on this process's clock.
      const when = renderBegun[path] === "before" ? processClockMs() - 5 : processClockMs() + 0.001;
      if (path === "/articles/purged") await new Promise<void>((go) => (held = go));
      const stamp = renderBegun[path] === "unsaid" ? {} : { [RENDERED_AT_HEADER]: String(when) };
      return { status: 200, headers: { ...PUBLIC, "x-nextjs-cache": "MISS", ...stamp }, body: html(path) };
    };
    const memory = new PageMemory({ fetchPage, maxBytes: 10_000_000, maxAgeMs: 30_000 });
    for (const path of ["/articles/joined", "/articles/own", "/articles/unsaid"]) await memory.get(path);
    expect(memory.peek("/articles/own")?.html).toContain("/articles/own");
    expect(memory.peek("/articles/own")?.headers[RENDERED_AT_HEADER]).toBeUndefined();
    expect(memory.peek("/articles/joined")).toBeUndefined();
    expect(memory.peek("/articles/unsaid")).toBeUndefined();
    const purged = memory.get("/articles/purged");
    await new Promise((r) => setTimeout(r, 5));
    memory.purge(["article:purged"]);
    held!();
    expect((await purged).shareable).toBe(true);
    expect(memory.peek("/articles/purged")).toBeUndefined();
  });

  it("a fetch that began before a purge of its tags is answered but not kept, and later requests do not join it", async () => {
    const time = clock();
    const pages = { "/articles/a": { status: 200, headers: PUBLIC, body: html("old") } };
    const next = fakeNext(pages);
    const memory = new PageMemory({ fetchPage: next.fetchPage, maxBytes: 10_000_000, maxAgeMs: 30_000, now: time.now });
    next.hold();
    const inFlight = memory.get("/articles/a");
    memory.purge(["article:a"]);
    pages["/articles/a"] = { status: 200, headers: PUBLIC, body: html("new") };
    const after = memory.get("/articles/a");
    time.advance(5_000);
    next.release();
    expect((await inFlight).html).toContain("old");
    expect((await after).html).toContain("new");
    expect(memory.peek("/articles/a")?.html).toContain("new");
  });

  it("a purge of other tags does not stop a fetch in flight from being kept", async () => {
    const next = fakeNext({ "/articles/a": { status: 200, headers: PUBLIC, body: html("A") } });
    const memory = new PageMemory({ fetchPage: next.fetchPage, maxBytes: 10_000_000, maxAgeMs: 30_000 });
    next.hold();
    const inFlight = memory.get("/articles/a");
    memory.purge(["article:b"]);
    next.release();
    await inFlight;
    expect(memory.peek("/articles/a")).toBeDefined();
  });

  it("keeps nothing with a budget of 0, yet answers every page", async () => {
    const next = fakeNext({ "/articles/a": { status: 200, headers: PUBLIC, body: html("A") } });
    const memory = new PageMemory({ fetchPage: next.fetchPage, maxBytes: 0, maxAgeMs: 30_000 });
    expect((await memory.get("/articles/a")).html).toContain("A");
    expect(memory.size).toBe(0);
    await memory.get("/articles/a");
    expect(next.calls).toHaveLength(2);
  });

  it("keeps nothing while it cannot hear of other instances' changes, and forgets what it had", async () => {
    const next = fakeNext({ "/articles/a": { status: 200, headers: PUBLIC, body: html("A") } });
    const memory = new PageMemory({ fetchPage: next.fetchPage, maxBytes: 10_000_000, maxAgeMs: 30_000 });
    await memory.get("/articles/a");
    memory.setKeeping(false);
    expect(memory.peek("/articles/a")).toBeUndefined();
    expect((await memory.get("/articles/a")).html).toContain("A");
    expect(memory.peek("/articles/a")).toBeUndefined();
    memory.setKeeping(true);
    await memory.get("/articles/a");
    expect(memory.peek("/articles/a")).toBeDefined();
  });

  it("tells its purge listeners of every purge, and of forgetting everything when it stops keeping", () => {
    const memory = new PageMemory({ fetchPage: fakeNext({}).fetchPage, maxBytes: 1e6, maxAgeMs: 30_000 });
    const heard: (readonly string[])[] = [];
    memory.onPurge((tags) => heard.push(tags));
    memory.purge(["article:a", "front"]);
    memory.setKeeping(false);
    expect(heard).toEqual([["article:a", "front"], ["all"]]);
    expect(memory.isKeeping).toBe(false);
  });

  it("stays within its byte budget by forgetting the oldest pages", async () => {
    const pages: Record<string, FetchedPage> = {};
    for (const p of ["/a", "/b", "/c"]) pages[p] = { status: 200, headers: PUBLIC, body: html(p) };
    const next = fakeNext(pages);
    const one = await new PageMemory({ fetchPage: next.fetchPage, maxBytes: 1e9, maxAgeMs: 30_000 }).get("/a");
    // A kept page holds its gzip only; its markup is decompressed from it when asked.
    expect(one.keptBytes).toBe(one.gzip!.length);
    expect(one.body.toString()).toBe(html("/a"));
    const entryBytes = one.keptBytes + one.policy.length + 1024;
    const memory = new PageMemory({ fetchPage: next.fetchPage, maxBytes: entryBytes * 2 + 10, maxAgeMs: 30_000 });
    for (const p of ["/a", "/b", "/c"]) await memory.get(p);
    expect(memory.size).toBe(2);
    expect(memory.peek("/a")).toBeUndefined();
    expect(memory.peek("/c")).toBeDefined();
  });
});

describe("memorisePage", () => {
  it("drops per-response headers and allows exactly its inline scripts by hash", () => {
    const body = `<script src="/_next/static/a.js" nonce="old"></script><script nonce="old">self.__next_f.push([0])</script><script type="application/ld+json">{"a":1}</script>`;
    const page = memorisePage({ status: 200, headers: { ...PUBLIC, "content-length": "9", etag: '"x"', date: "now", "content-security-policy": "old" }, body });
    expect(page.headers).toEqual(PUBLIC);
    const hash = createHash("sha256").update("self.__next_f.push([0])").digest("base64");
    const scriptSrc = page.policy.split("; ").find((d) => d.startsWith("script-src"));
    expect(scriptSrc).toBe(`script-src 'self' 'sha256-${hash}'`);
  });
});

describe("memorisePage's memory", () => {
  it("keeps a compressed page's gzip only, not its uncompressed bytes beside it", () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    gc();
    const before = process.memoryUsage().arrayBuffers;
    // 40 pages of 256 KB: 10 MB uncompressed; repetitive, so their gzip is a few KB each.
    const pages = Array.from({ length: 40 }, (_, i) => memorisePage({ status: 200, headers: PUBLIC, body: html(`page ${i} ${"<b>words</b>".repeat(23_000)}`) }));
    gc();
    const held = process.memoryUsage().arrayBuffers - before;
    const kept = pages.reduce((sum, page) => sum + (page.gzip?.length ?? Infinity), 0);
    expect(kept).toBeLessThan(1024 * 1024);
    expect(held).toBeLessThan(2 * 1024 * 1024);
    expect(pages[7]!.html).toContain("page 7 ");
  });
});

describe("sharedMaxAgeMs", () => {
  it("reads s-maxage, and nothing else", () => {
    expect(sharedMaxAgeMs("s-maxage=60, stale-while-revalidate=300")).toBe(60_000);
    expect(sharedMaxAgeMs("max-age=60")).toBe(0);
    expect(sharedMaxAgeMs(undefined)).toBe(0);
  });
});
