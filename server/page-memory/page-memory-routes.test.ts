import { describe, expect, it } from "vitest";
import type { IncomingMessage, ServerResponse } from "node:http";
import { gunzipSync } from "node:zlib";
import { memorisePage } from "./page-memory";
import { routeThroughPageMemory, sendSharedPage } from "./page-memory-routes";

const get = (url: string, headers: Record<string, string> = {}, method = "GET") => routeThroughPageMemory({ method, url, headers });

describe("routeThroughPageMemory", () => {
  it("answers the shared pages from memory", () => {
    for (const path of ["/", "/articles/eu-defence-fund", "/articles/imported--wp_slug-2", "/categories/nato", "/tags/baltic/page/2", "/authors/clara-ruiz", "/latest", "/latest/page/3"]) {
      expect(get(path), path).toEqual({ kind: "shared", path });
    }
    // Other cookies (consent, Auth.js' CSRF) do not change these pages.
    expect(get("/articles/a", { cookie: "authjs.csrf-token=x; theme=dark" })).toEqual({ kind: "shared", path: "/articles/a" });
  });

  it("leaves to Next what the memory does not hold", () => {
    for (const path of ["/searches", "/account", "/admin", "/subscribe", "/articles/a/", "/articles/A", "/articles/%E2%82%AC", "/articles/a?checkout=1", "/?utm_source=x", "/categories/a/page/0", "/feed.xml", "/m/articles/a"]) {
      expect(get(path), path).toBeNull();
    }
    expect(get("/articles/a", {}, "HEAD")).toBeNull();
    expect(get("/articles/a", {}, "POST")).toBeNull();
    for (const header of ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action", "x-lede-loopback"]) {
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
    expect(get("/articles/a", { cookie: "theme=dark; lede.session=tok%3D1" })).toEqual({ kind: "member", slug: "a", token: "tok=1" });
    // The cookie of the other scheme names no session here (plain http): a visitor without one.
    expect(get("/articles/a", { cookie: "__Secure-lede.session=tok" })).toEqual({ kind: "member", slug: "a", token: "" });
    // The front page and listings are the same for everyone (Next serves them from its cache alike).
    expect(get("/", { cookie: "lede.session=tok" })).toEqual({ kind: "shared", path: "/" });
    expect(get("/categories/nato", { cookie: "lede.session=tok" })).toEqual({ kind: "shared", path: "/categories/nato" });
    expect(get("/account", { cookie: "lede.session=tok" })).toBeNull();
    expect(get("/articles/a", { cookie: "lede.session=tok", rsc: "1" })).toBeNull();
    expect(get("/articles/a?checkout=done", { cookie: "lede.session=tok" })).toBeNull();
  });
});

describe("sendSharedPage", () => {
  const page = memorisePage({
    status: 200,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "s-maxage=60", "x-nextjs-cache": "HIT", vary: "rsc" },
    body: `<p>${"shared ".repeat(400)}</p><script>go()</script>`,
  });
  function send(acceptEncoding?: string) {
    const sent: { status?: number; headers?: Record<string, string | number>; body?: Buffer } = {};
    const response = {
      writeHead: (status: number, headers: Record<string, string | number>) => Object.assign(sent, { status, headers }),
      end: (body: Buffer) => Object.assign(sent, { body }),
    } as unknown as ServerResponse;
    const request = { headers: acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding } } as IncomingMessage;
    sendSharedPage(request, response, page, true);
    return sent;
  }

  it("sends the gzip made once to a reader who accepts it, the plain bytes otherwise, with the page's own policy", () => {
    const zipped = send("gzip, deflate, br");
    expect(zipped.headers).toMatchObject({ "content-encoding": "gzip", vary: "rsc, Accept-Encoding", "content-security-policy": page.policy, "x-lede-page-memory": "hit" });
    expect(gunzipSync(zipped.body!).toString()).toBe(page.html);
    for (const refused of [undefined, "br", "gzip;q=0"]) {
      const plain = send(refused);
      expect(plain.headers?.["content-encoding"], String(refused)).toBeUndefined();
      expect(plain.body, String(refused)).toBe(page.body);
      expect(plain.headers?.["content-length"]).toBe(page.body.length);
    }
  });
});
