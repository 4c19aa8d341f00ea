import { describe, expect, it } from "vitest";
import { isSharedPageRequest, nextRewrites, routeRequest } from "./route-table";

const get = (url: string, headers: Record<string, string> = {}, method = "GET") => {
  const first = routeRequest({ method, url, headers });
  const route = first.kind === "legacy-redirect" ? first.otherwise : first;
  return route.kind === "next" ? null : route;
};

describe("routeRequest", () => {
  it("answers the shared pages from memory", () => {
    for (const path of ["/", "/articles/eu-defence-fund", "/articles/imported--wp_slug-2", "/categories/nato", "/tags/baltic/page/2", "/authors/clara-ruiz", "/latest", "/latest/page/3"]) {
      const articleSlug = /^\/articles\/(.+)$/.exec(path)?.[1];
      expect(get(path), path).toEqual(articleSlug ? { kind: "shared", path, articleSlug } : { kind: "shared", path });
    }
    // Other cookies (consent, Auth.js' CSRF) do not change these pages.
    expect(get("/articles/a", { cookie: "authjs.csrf-token=x; theme=dark" })).toEqual({ kind: "shared", path: "/articles/a", articleSlug: "a" });
  });

  it("leaves to Next what the memory does not hold", () => {
    for (const path of ["/searches", "/account", "/admin", "/subscribe", "/articles/a/", "/articles/A", "/articles/%E2%82%AC", "/articles/a?checkout=1", "/?utm_source=x", "/categories/a/page/0", "/feed.xml", "/categories/libya/feed.xml", "/private-feeds/abc", "/og/articles/a", "/m/articles/a"]) {
      expect(get(path), path).toBeNull();
    }
    expect(get("/articles/a", {}, "HEAD")).toBeNull();
    expect(get("/articles/a", {}, "POST")).toBeNull();
    for (const header of ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action"]) {
      expect(get("/articles/a", { [header]: "1" }), header).toBeNull();
    }
  });

  it("answers every search page document, for anyone, with the reader's session token", () => {
    const route = get("/search?q=baltic+corridor&page=2", { cookie: "lede.session=tok" });
    expect(route).toMatchObject({ kind: "search", token: "tok" });
    expect(route?.kind === "search" && [route.params.get("q"), route.params.get("page")]).toEqual(["baltic corridor", "2"]);
    expect(get("/search")).toMatchObject({ kind: "search", token: "" });
    expect(get("/search?q=x", { rsc: "1" })).toBeNull();
    expect(get("/search?q=x", {}, "HEAD")).toBeNull();
  });

  it("sends a signed-in reader's article document to the member route", () => {
    expect(get("/articles/a", { cookie: "theme=dark; lede.session=tok%3D1" })).toEqual({ kind: "personal-article", slug: "a", token: "tok=1" });
    expect(get("/articles/a", { cookie: "__Secure-lede.session=tok" })).toEqual({ kind: "personal-article", slug: "a", token: "tok" });
    // The front page and listings are the same for everyone (Next serves them from its cache alike).
    expect(get("/", { cookie: "lede.session=tok" })).toEqual({ kind: "shared", path: "/" });
    expect(get("/categories/nato", { cookie: "lede.session=tok" })).toEqual({ kind: "shared", path: "/categories/nato" });
    expect(get("/account", { cookie: "lede.session=tok" })).toBeNull();
    expect(get("/articles/a", { cookie: "lede.session=tok", rsc: "1" })).toBeNull();
    expect(get("/articles/a?checkout=done", { cookie: "lede.session=tok" })).toBeNull();
  });

  it("sends an anonymous article document with a meter cookie to the personal route, and without one to the shared page", () => {
    expect(get("/articles/a", { cookie: "lede_meter=m1.abc.def" })).toEqual({ kind: "personal-article", slug: "a", token: "", meterCookie: "m1.abc.def" });
    // Any value goes to the server, which verifies it (a forged one counts as used up there).
    expect(get("/articles/a", { cookie: "lede_meter=" })).toEqual({ kind: "personal-article", slug: "a", token: "", meterCookie: "" });
    expect(get("/articles/a")).toEqual({ kind: "shared", path: "/articles/a", articleSlug: "a" });
    expect(get("/latest", { cookie: "lede_meter=m1.abc.def" })).toEqual({ kind: "shared", path: "/latest" });
    expect(get("/articles/a", { cookie: "lede_meter=x", rsc: "1" })).toBeNull();
  });

  it("sends an article document with a well-formed gift token to the personal route; anything else with a query to Next", () => {
    const token = "12.abcdefghijklmnopqrstuv";
    expect(get(`/articles/a?gift=${token}`)).toEqual({ kind: "personal-article", slug: "a", token: "", gift: token });
    expect(get(`/articles/a?gift=${token}`, { cookie: "lede.session=tok" })).toEqual({ kind: "personal-article", slug: "a", token: "tok", gift: token });
    for (const url of [`/articles/a?gift=${token}&x=1`, "/articles/a?gift=12.short", "/articles/a?gift=", `/articles/a/?gift=${token}`, `/latest?gift=${token}`]) expect(get(url), url).toBeNull();
    expect(get(`/articles/a?gift=${token}`, { rsc: "1" })).toBeNull();
  });

  it("answers Stripe's webhook POST itself, and nothing else at that path", () => {
    expect(routeRequest({ method: "POST", url: "/api/stripe/webhook", headers: {} })).toEqual({ kind: "webhook" });
    expect(routeRequest({ method: "GET", url: "/api/stripe/webhook", headers: {} })).toEqual({ kind: "next" });
    expect(routeRequest({ method: "POST", url: "/api/stripe/webhook?x=1", headers: {} })).toEqual({ kind: "next" });
  });
});

describe("old WordPress links", () => {
  it("may be answered from the redirects table first, and otherwise as usual", () => {
    for (const url of ["/?p=12", "/2019/03/04/old-post/", "/category/news/libya/", "/tag/nato/", "/author/clara/", "/feed/", "/old-post/"]) {
      expect(routeRequest({ method: "GET", url, headers: {} }).kind, url).toBe("legacy-redirect");
    }
    expect(routeRequest({ method: "GET", url: "/articles/a/", headers: {} })).toEqual({ kind: "legacy-redirect", otherwise: { kind: "next" } });
  });

  it("never costs Lede's own addresses a lookup", () => {
    for (const url of ["/", "/articles/a", "/categories/nato/page/2", "/latest", "/search?q=x", "/_next/static/chunks/a.js", "/api/stripe/webhook"]) {
      expect(routeRequest({ method: "GET", url, headers: {} }).kind, url).not.toBe("legacy-redirect");
    }
  });
});

describe("isSharedPageRequest", () => {
  const shared = (url: string, headers: Record<string, string> = {}) => isSharedPageRequest({ method: "GET", url, headers });
  it("is a cookie-less document request for a page the page cache keeps, query string or not", () => {
    expect(shared("/articles/a")).toBe(true);
    expect(shared("/articles/a?utm_source=x")).toBe(true);
    expect(shared("/categories/libya/page/2?x=1")).toBe(true);
    expect(shared("/?from=feed")).toBe(true);
    // Listings are the same for everyone; a client-router request renders the page into the cache too.
    expect(shared("/categories/libya", { cookie: "lede.session=t" })).toBe(true);
    expect(shared("/latest", { rsc: "1" })).toBe(true);
  });
  it("is not a page rendered for one reader, a router request, or anything else", () => {
    expect(shared("/articles/a", { cookie: "lede.session=t" })).toBe(false);
    expect(shared("/articles/a", { rsc: "1", cookie: "lede.session=t" })).toBe(false);
    expect(shared("/subscribe")).toBe(false);
    expect(shared("/account")).toBe(false);
    expect(isSharedPageRequest({ method: "POST", url: "/articles/a", headers: {} })).toBe(false);
  });
});

describe("nextRewrites", () => {
  // The requests the server hands to Next must land where the route table says: a pinned copy.
  it("sends every article request with either session cookie to the per-viewer render, and the front page and feeds to their routes", () => {
    expect(nextRewrites().beforeFiles).toEqual([
      { source: "/articles/:slug", has: [{ type: "cookie", key: "lede.session" }], destination: "/m/articles/:slug" },
      { source: "/articles/:slug", has: [{ type: "cookie", key: "__Secure-lede.session" }], destination: "/m/articles/:slug" },
      { source: "/", destination: "/front/home" },
      { source: "/feed.xml", destination: "/feeds/rss" },
      { source: "/atom.xml", destination: "/feeds/atom" },
      { source: "/sitemap.xml", destination: "/feeds/sitemap" },
      { source: "/sitemap-pages.xml", destination: "/feeds/sitemap-pages" },
      { source: "/sitemap-pages-:part(\\d+).xml", destination: "/feeds/sitemap-pages-:part" },
      { source: "/news-sitemap.xml", destination: "/feeds/news-sitemap" },
      { source: "/:kind(categories|tags|authors)/:slug/feed.xml", destination: "/feeds/:kind/:slug/rss" },
      { source: "/:kind(categories|tags|authors)/:slug/atom.xml", destination: "/feeds/:kind/:slug/atom" },
    ]);
  });

  it("is what next.config.ts serves", async () => {
    const { default: config } = await import("../next.config");
    const rewrites = await config("phase-production-build").rewrites?.();
    expect(rewrites).toEqual(nextRewrites());
  });
});
