import { afterEach, describe, expect, it, vi } from "vitest";
import { isSameOrigin } from "./is-same-origin";

const SITE = "http://localhost:3000";
const check = (h: Record<string, string>) => isSameOrigin(new Headers({ host: "localhost:3000", ...h }));

describe("isSameOrigin (the CSRF guard)", () => {
  it.each([
    ["the site's own Origin", { origin: SITE }],
    ["the site's Referer when Origin is absent", { referer: `${SITE}/account` }],
    ["a same-origin fetch with its metadata", { origin: SITE, "sec-fetch-site": "same-origin" }],
    ["a same-origin form navigation (Referer, no Origin)", { referer: `${SITE}/signin/check-email`, "sec-fetch-site": "same-origin" }],
  ])("accepts %s", (_, headers) => expect(check(headers)).toBe(true));

  it.each([
    ["a foreign Origin", { origin: "https://evil.example" }],
    ["a foreign Referer", { referer: "https://evil.example/page" }],
    ["neither Origin nor Referer", {}],
    ["an opaque Origin", { origin: "null" }],
    ["a malformed Origin", { origin: "::::" }],
    ["a cross-site fetch without Origin", { "sec-fetch-site": "cross-site" }],
    // Fetch metadata is set by the browser and wins over a Referer that looks like ours.
    ["a cross-site fetch whose Referer claims the site", { referer: `${SITE}/account`, "sec-fetch-site": "cross-site" }],
    ["a same-site (sibling subdomain) fetch", { origin: SITE, "sec-fetch-site": "same-site" }],
    ["a navigation the user started elsewhere (e-mail client, bookmark)", { referer: `${SITE}/`, "sec-fetch-site": "none" }],
  ])("refuses %s", (_, headers) => expect(check(headers)).toBe(false));

  it("compares with the forwarded host behind a proxy", () => {
    expect(isSameOrigin(new Headers({ host: "10.0.0.5:3000", "x-forwarded-host": "news.example", "x-forwarded-proto": "https", origin: "https://news.example" }))).toBe(true);
    expect(isSameOrigin(new Headers({ host: "10.0.0.5:3000", "x-forwarded-host": "news.example", origin: "http://10.0.0.5:3000" }))).toBe(false);
  });

  afterEach(() => vi.unstubAllEnvs());

  it("compares the whole origin: scheme and port as well as the host", () => {
    expect(check({ origin: "https://localhost:3000" })).toBe(false);
    expect(check({ referer: "https://localhost:3000/account" })).toBe(false);
    expect(check({ origin: "http://localhost:3001" })).toBe(false);
    expect(check({ origin: "http://localhost" })).toBe(false);
    // Behind a proxy that terminates TLS, a plain-http page of the same host is another origin.
    const proxied = { host: "10.0.0.5:3000", "x-forwarded-host": "news.example", "x-forwarded-proto": "https" };
    expect(isSameOrigin(new Headers({ ...proxied, origin: "http://news.example" }))).toBe(false);
  });

  it("takes the site's origin from LEDE_PUBLIC_URL when it is set", () => {
    vi.stubEnv("LEDE_PUBLIC_URL", "https://news.example/");
    expect(isSameOrigin(new Headers({ host: "news.example", origin: "https://news.example" }))).toBe(true);
    expect(isSameOrigin(new Headers({ host: "news.example", origin: "http://news.example" }))).toBe(false);
    expect(isSameOrigin(new Headers({ host: "evil.example", "x-forwarded-host": "evil.example", origin: "https://evil.example" }))).toBe(false);
  });
});
