import { describe, expect, it } from "vitest";
import type { AccessDecision } from "@/lib/access/types";
import { REST_END, REST_START, renderArticleRest } from "./render-article-rest";
import { spliceArticleRest } from "./splice-article-rest";

const requirement = { level: 2, ccaps: [] };
const anonymous: AccessDecision = { allowed: false, reason: "anonymous", missing: { level: 2, ccaps: [] } };
const tooLow: AccessDecision = { allowed: false, reason: "level-too-low", missing: { level: 2, ccaps: [] } };
const noCcap: AccessDecision = { allowed: false, reason: "missing-ccap", missing: { level: null, ccaps: ["dossier_libya"] } };

describe("renderArticleRest", () => {
  it("wraps the gated text in the rest markers", () => {
    const html = renderArticleRest({ kind: "full", gatedHtml: "<p>Gated</p>" }, { slug: "a" });
    expect(html).toBe(`${REST_START}<div class="gated-content"><p>Gated</p></div>${REST_END}`);
  });

  const premium = { id: 2, name: "Premium", level: 2, ccaps: [], amount: 1600, currency: "eur", interval: "month" as const, trialDays: 7, position: 2 };
  const sells = { offer: premium, signedIn: false, hasPlan: false, ccapLabels: {} };

  it("sells the cheapest plan to an anonymous reader, with sign-in, back to the article", () => {
    const html = renderArticleRest({ kind: "paywall", requirement, decision: anonymous, ...sells }, { slug: "a-b" });
    expect(html).toContain("Read on with Premium — 7 days free, then €16/month");
    expect(html).toContain('href="/subscribe?plan=2&amp;from=a-b"');
    expect(html).toContain('href="/signin?callbackUrl=%2Farticles%2Fa-b"');
    expect(html).toContain('data-offer-plan="2"');
    expect(html).not.toContain("data-personalised");
  });

  it("words the box and the gift button in the site's language", () => {
    const box = renderArticleRest({ kind: "paywall", requirement, decision: anonymous, ...sells, locale: "fr" }, { slug: "a-b", locale: "fr" });
    expect(box).toContain("Lisez la suite avec Premium — 7 jours gratuits, puis 16&nbsp;€/mois");
    expect(box).toContain(">Vous avez déjà un compte ? Connectez-vous</a>");
    const gift = renderArticleRest({ kind: "full", gatedHtml: "<p>Gated</p>" }, { slug: "a", locale: "fr", giftable: true });
    expect(gift).toContain("data-gift-button>Offrir cet article</button>");
    expect(renderArticleRest({ kind: "full", gatedHtml: "<p>Gated</p>" }, { slug: "a", giftable: true })).toContain("data-gift-button>Gift this article</button>");
  });

  it("offers a free account when level 0 is enough", () => {
    const html = renderArticleRest({ kind: "paywall", requirement: { level: 0, ccaps: [] }, decision: { ...anonymous, missing: { level: 0, ccaps: [] } }, ...sells, offer: null }, { slug: "a" });
    expect(html).toContain("Create a free account to keep reading");
    expect(html).toContain('href="/signup?callbackUrl=%2Farticles%2Fa&amp;from=a"');
  });

  it("sells a member the plan without a sign-in link and without levels", () => {
    const html = renderArticleRest({ kind: "paywall", requirement, decision: tooLow, ...sells, signedIn: true }, { slug: "a", personalised: true });
    expect(html).toContain("Start your free trial");
    expect(html).not.toContain("/signin");
    expect(html).not.toContain("Level 2");
    expect(html).toContain("data-paywall data-personalised");
  });

  it("names a missing capability by its label", () => {
    const html = renderArticleRest({ kind: "paywall", requirement: { level: null, ccaps: ["dossier_libya"] }, decision: noCcap, ...sells, offer: null, ccapLabels: { dossier_libya: "The Libya dossier" } }, { slug: "a" });
    expect(html).toContain("This article is part of The Libya dossier");
    expect(html).not.toContain("dossier_libya");
  });

  it("escapes editable names", () => {
    const html = renderArticleRest({ kind: "paywall", requirement, decision: tooLow, ...sells, offer: { ...premium, name: "<img src=x onerror=alert(1)>" } }, { slug: "a" });
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img");
  });
});

describe("spliceArticleRest", () => {
  const page = (rest: string) => `<html><body><p>Teaser</p><div>${rest}</div><script>self.__next_f.push("\\u003c!--lede:rest--\\u003e")</script></body></html>`;

  it("replaces the first rendered rest and leaves the rest of the document alone", () => {
    const shared = renderArticleRest({ kind: "paywall", requirement, decision: anonymous, offer: null, signedIn: false, hasPlan: false, ccapLabels: {} }, { slug: "a" });
    const member = renderArticleRest({ kind: "full", gatedHtml: "<p>Gated</p>" }, { slug: "a", personalised: true });
    expect(spliceArticleRest(page(shared), member)).toBe(page(member));
  });

  it("returns null for a page without a rest", () => {
    expect(spliceArticleRest("<html><p>No rest</p></html>", "x")).toBeNull();
    expect(spliceArticleRest(`<html>${REST_START}<p>unterminated</p></html>`, "x")).toBeNull();
  });
});

