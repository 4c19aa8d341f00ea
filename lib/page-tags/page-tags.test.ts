import { describe, expect, it } from "vitest";
import { ALL_PAGES_TAG, pageTagsForPath, pageTagsShowingArticles } from "./page-tags";

describe("pageTagsForPath", () => {
  it("tags an article page with its article", () => {
    expect(pageTagsForPath("/articles/oil")).toEqual([ALL_PAGES_TAG, "article:oil"]);
  });

  it("tags every page of a listing with the listing", () => {
    expect(pageTagsForPath("/latest")).toEqual([ALL_PAGES_TAG, "listing:latest"]);
    expect(pageTagsForPath("/latest/page/37")).toEqual([ALL_PAGES_TAG, "listing:latest"]);
    expect(pageTagsForPath("/categories/libya/page/2")).toEqual([ALL_PAGES_TAG, "listing:categories/libya"]);
    expect(pageTagsForPath("/tags/nato")).toEqual([ALL_PAGES_TAG, "listing:tags/nato"]);
    expect(pageTagsForPath("/authors/clara")).toEqual([ALL_PAGES_TAG, "listing:authors/clara"]);
  });

  it("tags the front page, the feeds, and anything else by its path", () => {
    expect(pageTagsForPath("/front/home")).toEqual([ALL_PAGES_TAG, "front"]);
    expect(pageTagsForPath("/feeds/rss")).toEqual([ALL_PAGES_TAG, "feeds"]);
    for (const path of ["/feed.xml", "/atom.xml", "/sitemap.xml", "/sitemap-pages.xml", "/sitemap-pages-2.xml", "/feeds/sitemap-pages-2", "/news-sitemap.xml", "/feeds/categories/libya/rss", "/categories/libya/feed.xml", "/tags/nato/atom.xml", "/authors/clara/feed.xml"]) {
      expect(pageTagsForPath(path), path).toEqual([ALL_PAGES_TAG, "feeds"]);
    }
    expect(pageTagsForPath("/og/articles/oil")).toEqual([ALL_PAGES_TAG, "article:oil"]);
    expect(pageTagsForPath("/subscribe")).toEqual([ALL_PAGES_TAG, "path:/subscribe"]);
  });
});

describe("pageTagsShowingArticles", () => {
  it("names the article, the front page, the feeds and its listings", () => {
    expect(pageTagsShowingArticles([{ slug: "oil", categorySlugs: ["regions", "libya"], tagSlugs: ["energy"], authorSlugs: ["clara"] }])).toEqual([
      "front",
      "feeds",
      "listing:latest",
      "article:oil",
      "listing:categories/regions",
      "listing:categories/libya",
      "listing:tags/energy",
      "listing:authors/clara",
    ]);
  });

  it("covers the pages an article left (before and after a save), once each", () => {
    const before = { slug: "old-slug", categorySlugs: ["libya"], tagSlugs: [], authorSlugs: ["a"] };
    const after = { slug: "new-slug", categorySlugs: ["tunisia"], tagSlugs: [], authorSlugs: ["a"] };
    const tags = pageTagsShowingArticles([before, after]);
    expect(tags).toContain("article:old-slug");
    expect(tags).toContain("article:new-slug");
    expect(tags).toContain("listing:categories/libya");
    expect(tags).toContain("listing:categories/tunisia");
    expect(tags.filter((t) => t === "listing:authors/a")).toHaveLength(1);
  });

  it("a page's tags meet a save's tags exactly when the page shows the piece", () => {
    const saved = pageTagsShowingArticles([{ slug: "oil", categorySlugs: ["libya"], tagSlugs: [], authorSlugs: ["clara"] }]);
    const shows = (path: string) => pageTagsForPath(path).some((t) => t !== ALL_PAGES_TAG && saved.includes(t));
    expect(["/articles/oil", "/front/home", "/latest/page/900", "/categories/libya/page/3", "/authors/clara", "/feeds/atom"].every(shows)).toBe(true);
    expect(["/articles/gas", "/categories/tunisia", "/tags/nato", "/authors/omar", "/subscribe"].some(shows)).toBe(false);
  });

  it("nothing to purge for no articles", () => {
    expect(pageTagsShowingArticles([])).toEqual([]);
  });
});
