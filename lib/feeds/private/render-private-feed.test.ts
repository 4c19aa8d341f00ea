import { describe, expect, it } from "vitest";
import type { ArticleCard } from "@/lib/articles/article-card";
import { forSubscribersLine } from "../build-feed";
import { renderPrivateFeed } from "./render-private-feed";

const card: ArticleCard = {
  id: 1,
  slug: "closed",
  title: "Title of closed",
  standfirst: "Standfirst of closed.",
  heroImage: null,
  heroAlt: "",
  publishedAt: new Date("2026-11-29T12:00:00Z"),
  authors: [{ slug: "clara", name: "Clara" }],
  category: { slug: "libya", name: "Libya" },
  requirement: { level: 1, ccaps: [] },
};
const SITE = "https://news.example.org";
const options = { siteName: "Lede", siteUrl: SITE, self: `${SITE}/private-feeds/abc` };
const items = (locale: "en" | "fr") => [{ card, content: `<p>Teaser.</p><p>${forSubscribersLine(`${SITE}/articles/closed`, locale)}</p>`, forSubscribers: true }];

describe("renderPrivateFeed", () => {
  it("titles and describes the feed in English by default, naming the member when they have a name", () => {
    const xml = renderPrivateFeed(items("en"), { ...options, readerName: "Ana" });
    expect(xml).toContain("<title>Lede — Ana's private feed</title>");
    expect(xml).toContain("The latest from Lede, in full for what your account may read. Keep this address to yourself.");
    expect(xml).toContain("<language>en</language>");
    expect(renderPrivateFeed(items("en"), { ...options, readerName: null })).toContain("Lede — your private feed");
  });

  it("speaks French on a French site: title, description, language and the line of a piece they may not read", () => {
    const xml = renderPrivateFeed(items("fr"), { ...options, readerName: "Ana", locale: "fr" });
    expect(xml).toContain("Lede — le flux privé de Ana");
    expect(xml).toContain("Les dernières publications de Lede, en intégralité pour ce que votre compte permet de lire.");
    expect(xml).toContain("<language>fr</language>");
    expect(xml).toContain("Réservé aux abonnés : lire la suite sur https://news.example.org/articles/closed");
    expect(xml).not.toMatch(/private feed|The latest from|For subscribers/);
    expect(renderPrivateFeed(items("fr"), { ...options, readerName: null, locale: "fr" })).toContain("Lede — votre flux privé");
  });
});
