import { describe, expect, it } from "vitest";
import type { ArticleCard } from "@/lib/articles/article-card";
import { buildFeed, publicFeedItems } from "./build-feed";
import { feedAlternates } from "./feed-alternates";
import { socialCardText } from "./social-card-text";

const card = (slug: string, level: number | null): ArticleCard => ({
  id: slug.length,
  slug,
  title: `Title of ${slug}`,
  standfirst: `Standfirst of ${slug}.`,
  heroImage: null,
  heroAlt: "",
  publishedAt: new Date("2026-11-29T12:00:00Z"),
  authors: [{ slug: "clara", name: "Clara" }],
  category: { slug: "libya", name: "Libya" },
  requirement: { level, ccaps: [] },
});
const options = { title: "Site", description: "D", siteUrl: "https://news.example.org", link: "https://news.example.org", self: { rss: "https://news.example.org/feed.xml", atom: "https://news.example.org/atom.xml" } };

describe("buildFeed", () => {
  it("says a gated item is for subscribers in its description, not its title; a public item carries its standfirst alone", () => {
    for (const format of ["rss", "atom"] as const) {
      const xml = buildFeed(publicFeedItems([card("open", null), card("closed", 1)]), { ...options, format });
      expect(xml).toContain("Title of closed");
      expect(xml).not.toContain("(Subscribers)");
      expect(xml).toContain("For subscribers: read on at https://news.example.org/articles/closed");
      expect(xml).not.toContain("read on at https://news.example.org/articles/open");
      expect(xml).toContain("Standfirst of open.");
    }
  });

  it("words the gated item's line and the feed's language for a French site", () => {
    const xml = buildFeed(publicFeedItems([card("closed", 1)]), { ...options, format: "rss", locale: "fr" });
    expect(xml).toContain("Réservé aux abonnés : lire la suite sur https://news.example.org/articles/closed");
    expect(xml).toContain("<language>fr</language>");
    expect(xml).not.toContain("For subscribers");
  });

  it("puts a private feed's content in content:encoded", () => {
    const xml = buildFeed([{ card: card("closed", 1), content: "<p>Full text.</p>", forSubscribers: false }], { ...options, format: "rss" });
    expect(xml).toContain("<content:encoded><![CDATA[<p>Full text.</p>]]></content:encoded>");
  });
});

describe("feedAlternates", () => {
  it("links a listing's RSS and Atom feeds", () => {
    expect(feedAlternates("/tags/nato", "NATO")).toEqual({
      types: { "application/rss+xml": [{ url: "/tags/nato/feed.xml", title: "NATO (RSS)" }], "application/atom+xml": [{ url: "/tags/nato/atom.xml", title: "NATO (Atom)" }] },
    });
  });
});

describe("socialCardText", () => {
  it("takes the title, the deepest section and the byline, clipped", () => {
    const text = socialCardText({ title: "T".repeat(200), authors: [{ name: "A" }, { name: "B" }, { name: "C" }] as never, categoryPath: [{ slug: "regions", name: "Regions" }, { slug: "libya", name: "Libya" }] }, "Site");
    expect(text.title).toHaveLength(140);
    expect(text.title.endsWith("…")).toBe(true);
    expect(text).toMatchObject({ section: "Libya", byline: "By A, B and C", site: "Site" });
    expect(socialCardText({ title: "x", authors: [], categoryPath: [] }, "Site")).toMatchObject({ section: "", byline: "" });
    expect(socialCardText({ title: "x", authors: [{ name: "A" }, { name: "B" }, { name: "C" }] as never, categoryPath: [] }, "Site")).toMatchObject({ byline: "By A, B and C" });
    expect(socialCardText({ title: "x", authors: [{ name: "A" }, { name: "B" }] as never, categoryPath: [] }, "Site", "fr")).toMatchObject({ byline: "Par A et B" });
  });
});
