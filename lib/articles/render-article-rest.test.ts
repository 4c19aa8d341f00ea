import { describe, expect, it } from "vitest";
import type { AccessDecision } from "@/lib/access/types";
import { REST_END, REST_START, renderArticleRest } from "./render-article-rest";
import { spliceArticleRest } from "./splice-article-rest";

const labels = ["Free account", "Reader", "Premium", "Insider", "Patron"];
const requirement = { level: 2, ccaps: [] };
const anonymous: AccessDecision = { allowed: false, reason: "anonymous", missing: { level: 2, ccaps: [] } };
const tooLow: AccessDecision = { allowed: false, reason: "level-too-low", missing: { level: 2, ccaps: [] } };
const noCcap: AccessDecision = { allowed: false, reason: "missing-ccap", missing: { level: null, ccaps: ["dossier_libya"] } };

describe("renderArticleRest", () => {
  it("wraps the gated text in the rest markers", () => {
    const html = renderArticleRest({ kind: "full", gatedHtml: "<p>Gated</p>" }, { slug: "a" });
    expect(html).toBe(`${REST_START}<div class="gated-content"><p>Gated</p></div>${REST_END}`);
  });

  it("words the box for an anonymous reader with subscribe and sign-in links back to the article", () => {
    const html = renderArticleRest({ kind: "paywall", requirement, decision: anonymous, levelLabels: labels }, { slug: "a-b" });
    expect(html).toContain("This article is for subscribers");
    expect(html).toContain('href="/subscribe?return=%2Farticles%2Fa-b"');
    expect(html).toContain('href="/signin?callbackUrl=%2Farticles%2Fa-b"');
    expect(html).not.toContain("data-personalised");
  });

  it("offers a free account when level 0 is enough", () => {
    const html = renderArticleRest(
      { kind: "paywall", requirement: { level: 0, ccaps: [] }, decision: { ...anonymous, missing: { level: 0, ccaps: [] } }, levelLabels: labels },
      { slug: "a" },
    );
    expect(html).toContain("Create a free account to keep reading");
    expect(html).toContain('href="/signup?callbackUrl=%2Farticles%2Fa"');
  });

  it("asks a member whose level is too low to upgrade, without a sign-in link", () => {
    const html = renderArticleRest({ kind: "paywall", requirement, decision: tooLow, levelLabels: labels }, { slug: "a", personalised: true });
    expect(html).toContain("Upgrade to Level 2 “Premium” to keep reading");
    expect(html).toContain("See plans");
    expect(html).not.toContain("/signin");
    expect(html).toContain("data-paywall data-personalised");
  });

  it("names a missing capability", () => {
    const html = renderArticleRest({ kind: "paywall", requirement: { level: null, ccaps: ["dossier_libya"] }, decision: noCcap, levelLabels: labels }, { slug: "a" });
    expect(html).toContain("This article needs Dossier libya");
  });

  it("escapes editable labels", () => {
    const html = renderArticleRest(
      { kind: "paywall", requirement, decision: tooLow, levelLabels: ["a", "b", "<img src=x onerror=alert(1)>", "d", "e"] },
      { slug: "a" },
    );
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img");
  });
});

describe("spliceArticleRest", () => {
  const page = (rest: string) => `<html><body><p>Teaser</p><div>${rest}</div><script>self.__next_f.push("\\u003c!--lede:rest--\\u003e")</script></body></html>`;

  it("replaces the first rendered rest and leaves the rest of the document alone", () => {
    const shared = renderArticleRest({ kind: "paywall", requirement, decision: anonymous, levelLabels: labels }, { slug: "a" });
    const member = renderArticleRest({ kind: "full", gatedHtml: "<p>Gated</p>" }, { slug: "a", personalised: true });
    expect(spliceArticleRest(page(shared), member)).toBe(page(member));
  });

  it("returns null for a page without a rest", () => {
    expect(spliceArticleRest("<html><p>No rest</p></html>", "x")).toBeNull();
    expect(spliceArticleRest(`<html>${REST_START}<p>unterminated</p></html>`, "x")).toBeNull();
  });
});

