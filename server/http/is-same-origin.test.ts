import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./is-same-origin";

const SITE = "http://localhost:3000";
const check = (h: Record<string, string>) => isSameOrigin(new Headers({ host: "localhost:3000", ...h }), SITE);

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

  it("compares with the public origin, whatever Host or X-Forwarded-Host the request names", () => {
    const site = "https://news.example";
    expect(isSameOrigin(new Headers({ host: "10.0.0.5:3000", origin: site }), site)).toBe(true);
    expect(isSameOrigin(new Headers({ host: "10.0.0.5:3000", "x-forwarded-host": "news.example", origin: "http://10.0.0.5:3000" }), site)).toBe(false);
    expect(isSameOrigin(new Headers({ host: "evil.example", origin: "http://evil.example" }), site)).toBe(false);
    expect(isSameOrigin(new Headers({ host: "evil.example", "x-forwarded-host": "evil.example", origin: "https://evil.example" }), site)).toBe(false);
    // The scheme counts: a page on http:// (which anyone on the network can rewrite) cannot post to https://.
    expect(isSameOrigin(new Headers({ origin: "http://news.example" }), site)).toBe(false);
  });
});
