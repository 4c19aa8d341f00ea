import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { productionServerSettings } from "./next-server-settings";
import { takeBuiltNextConfig, isFreshCachedPage, nextTagsOf, pagePathOfCacheKey, remainingFreshnessMs, RENDERED_AT_HEADER, ROUTER_REQUEST_HEADERS, withRenderedAt } from "./next-adapter";

/*
 * Pins the Next internals the serving layer relies on (listed at the top of
 * server/next-adapter.ts) against the installed Next: after an upgrade, a changed shape
 * fails here rather than in production.
 */
const require = createRequire(import.meta.url);
const nextFile = (file: string) => readFileSync(require.resolve(`next/dist/${file}`), "utf8");

describe("the Next internals the serving layer uses", () => {
  it("reads the page path out of Next's response-cache keys", () => {
    const { getRouteCacheKey } = require("next/dist/server/lib/route-cache-key") as { getRouteCacheKey: (path: string, owner: { kind: string; sourceRoute: string }) => string };
    expect(pagePathOfCacheKey(getRouteCacheKey("/articles/oil-and-gas", { kind: "APP_PAGE", sourceRoute: "/(site)/articles/[slug]/page" }))).toBe("/articles/oil-and-gas");
    expect(pagePathOfCacheKey(getRouteCacheKey("/categories/libya/page/2", { kind: "APP_PAGE", sourceRoute: "/(site)/categories/[slug]/page/[n]/page" }))).toBe("/categories/libya/page/2");
    expect(pagePathOfCacheKey(getRouteCacheKey("/", { kind: "APP_PAGE", sourceRoute: "/page" }))).toBe("/");
    expect(pagePathOfCacheKey("d8a9f1c2e3")).toBeNull();
  });

  it("knows the router's request headers by Next's own names", () => {
    const headers = nextFile("client/components/app-router-headers.js");
    for (const name of ROUTER_REQUEST_HEADERS) expect(headers, name).toContain(`'${name}'`);
  });

  it("reads the page-cache verdict and tags from the headers Next sets", () => {
    expect(nextFile("build/templates/app-page-runtime.js")).toMatch(/res\.setHeader\('x-nextjs-cache', isOnDemandRevalidate \? 'REVALIDATED' : cacheEntry\.isMiss \? 'MISS' : cacheEntry\.isStale \? 'STALE' : 'HIT'\)/);
    expect(nextFile("lib/constants.js")).toContain("NEXT_CACHE_TAGS_HEADER = 'x-next-cache-tags'");
    expect(isFreshCachedPage({ "x-nextjs-cache": "HIT" })).toBe(true);
    expect(isFreshCachedPage({ "x-nextjs-cache": "MISS" })).toBe(false);
    expect(nextTagsOf({ kind: "APP_PAGE", headers: { "x-next-cache-tags": "_N_T_/layout,_N_T_/articles/x" } })).toEqual(["_N_T_/layout", "_N_T_/articles/x"]);
  });

  it("hands Next the nonce through the request's Content-Security-Policy header", () => {
    const { getScriptNonceFromHeaders } = require("next/dist/server/app-render/get-script-nonce-from-header") as { getScriptNonceFromHeaders: (h: Record<string, string>) => string | undefined };
    expect(getScriptNonceFromHeaders({ "content-security-policy": "default-src 'self'; script-src 'self' 'nonce-abc123=='" })).toBe("abc123==");
  });

  it("still takes a cache handler with get, set, revalidateTag and resetRequestCache", () => {
    const incremental = nextFile("server/lib/incremental-cache/index.js");
    for (const method of ["cacheHandler.get(", "cacheHandler.set(", "revalidateTag(", "resetRequestCache()"]) expect(incremental, method).toContain(method);
  });

  it("sends a cached page's own headers with it, so the time its render began reaches the page memory", () => {
    const runtime = nextFile("build/templates/app-page-runtime.js");
    expect(runtime).toMatch(/if \(cachedData\.headers\) \{\s*const headers = \{\s*\.\.\.cachedData\.headers/);
    expect(runtime).toContain("res.appendHeader(key, value)");
    const value = withRenderedAt({ kind: "APP_PAGE", status: 200, headers: { "x-next-cache-tags": "a" } }, 1_000);
    expect(value.headers).toEqual({ "x-next-cache-tags": "a", [RENDERED_AT_HEADER]: "1000" });
    expect(withRenderedAt({ kind: "FETCH" }, 1_000)).toEqual({ kind: "FETCH" });
    expect(remainingFreshnessMs({ ...value.headers, "cache-control": "s-maxage=300, stale-while-revalidate=60" }, 201_000)).toBe(100_000);
    expect(remainingFreshnessMs({ "cache-control": "s-maxage=300" }, 201_000)).toBeNull();
  });

  it("stores a page through the cache handler without serialising it first (patches/next+16.4.6.patch)", async () => {
    const { IncrementalCache } = require("next/dist/server/lib/incremental-cache") as {
      IncrementalCache: new (options: Record<string, unknown>) => { set: (key: string, value: unknown, ctx: Record<string, unknown>) => Promise<void> };
    };
    const stored: string[] = [];
    class Handler {
      async get() {
        return null;
      }
      async set(key: string) {
        stored.push(key);
      }
      async revalidateTag() {}
      resetRequestCache() {}
    }
    let serialised = 0;
    // Stands for the RSC payload's Buffer, which JSON.stringify would turn into an array of numbers.
    const rscData = { toJSON: () => (serialised++, "") };
    const cache = new IncrementalCache({
      dev: false,
      minimalMode: false,
      requestHeaders: {},
      fetchCacheKeyPrefix: "",
      CurCacheHandler: Handler,
      serverDistDir: "/nonexistent",
      prerenderManifest: { version: 4, routes: {}, dynamicRoutes: {}, notFoundRoutes: [], preview: {} },
      previewProps: { previewModeId: "id", previewModeSigningKey: "s", previewModeEncryptionKey: "e" },
    });
    await cache.set("/articles/x", { kind: "APP_PAGE", html: "<p>x</p>", rscData, headers: {}, status: 200 }, { route: { kind: "APP_PAGE", sourceRoute: "/(site)/articles/[slug]/page" }, cacheControl: { revalidate: 300, expire: 3600 } });
    await cache.set("fetch-key", { kind: "FETCH", data: { headers: {}, body: "", status: 200, url: "" }, revalidate: 60, rscData }, { fetchCache: true, tags: [] });
    expect(stored).toHaveLength(2);
    expect(serialised).toBe(0);
  });

  it("stores a page without serialising it first in the compiled runtimes a Turbopack build runs too (patches/next+16.4.6.patch)", () => {
    // Pages and route handlers run Next's bundled copy of IncrementalCache, not the module above.
    for (const runtime of ["app-page-turbo", "app-route-turbo"]) {
      const source = nextFile(`compiled/next-server/${runtime}.runtime.prod.js`);
      expect(source, runtime).toContain("let i=r.fetchCache&&!this.hasCustomCacheHandler&&!r.isImplicitBuildTimeCache?JSON.stringify(t).length:0;");
      expect(source, runtime).not.toContain("let i=JSON.stringify(t).length;");
    }
  });

  it("names the build phase as lib/env expects", () => {
    expect(nextFile("shared/lib/constants.js")).toContain("PHASE_PRODUCTION_BUILD = 'phase-production-build'");
  });

  it("hands Next the build's configuration as its standalone server does, with the server's own settings", () => {
    const config = nextFile("server/config.js");
    expect(config).toContain("if (process.env.__NEXT_PRIVATE_STANDALONE_CONFIG) {");
    expect(config).toContain("const standaloneConfig = JSON.parse(process.env.__NEXT_PRIVATE_STANDALONE_CONFIG);");
    expect(nextFile("shared/lib/constants.js")).toContain("SERVER_FILES_MANIFEST = 'required-server-files'");
    const dir = mkdtempSync(path.join(tmpdir(), "lede-next-config-"));
    mkdirSync(path.join(dir, ".next"));
    writeFileSync(path.join(dir, ".next", "required-server-files.json"), JSON.stringify({ version: 1, config: { distDir: ".next", cacheMaxMemorySize: 52428800, compress: false } }));
    const env = {} as NodeJS.ProcessEnv;
    takeBuiltNextConfig(dir, productionServerSettings(dir), env);
    expect(JSON.parse(env.__NEXT_PRIVATE_STANDALONE_CONFIG!)).toEqual({
      distDir: ".next",
      compress: false,
      cacheMaxMemorySize: 0,
      cacheHandler: `file://${path.join(dir, ".next", "lede-cache-handler.mjs")}`,
    });
    // A configuration handed over already (a standalone deployment) is kept.
    takeBuiltNextConfig(dir, { cacheMaxMemorySize: 1 }, env);
    expect(JSON.parse(env.__NEXT_PRIVATE_STANDALONE_CONFIG!).cacheMaxMemorySize).toBe(0);
  });
});
