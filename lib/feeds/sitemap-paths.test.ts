import { describe, expect, it } from "vitest";
import {
  ARTICLES_PER_SITEMAP,
  NEWS_SITEMAP_PATH,
  PAGES_SITEMAP_PATH,
  pagesSitemapPart,
  pagesSitemapPath,
  sitemapPaths,
} from "./sitemap-paths";

describe("sitemap paths", () => {
  it("lists one sitemap of pages up to ARTICLES_PER_SITEMAP pieces, then one more per part (200,000 pieces: five)", () => {
    expect(sitemapPaths(0)).toEqual([PAGES_SITEMAP_PATH, NEWS_SITEMAP_PATH]);
    expect(sitemapPaths(ARTICLES_PER_SITEMAP)).toEqual([
      PAGES_SITEMAP_PATH,
      NEWS_SITEMAP_PATH,
    ]);
    expect(sitemapPaths(ARTICLES_PER_SITEMAP + 1)).toEqual([
      PAGES_SITEMAP_PATH,
      "/sitemap-pages-2.xml",
      NEWS_SITEMAP_PATH,
    ]);
    expect(sitemapPaths(200_000)).toHaveLength(6);
    expect(ARTICLES_PER_SITEMAP).toBeLessThan(50_000);
  });

  it("reads a part back from its route name, and nothing else", () => {
    for (const part of [1, 2, 9, 10, 5000])
      expect(
        pagesSitemapPart(pagesSitemapPath(part).slice(1, -".xml".length)),
      ).toBe(part);
    for (const name of [
      "sitemap-pages-1",
      "sitemap-pages-0",
      "sitemap-pages-02",
      "sitemap-pages-x",
      "sitemap-pages-10000",
      "sitemap",
      "news-sitemap",
    ])
      expect(pagesSitemapPart(name), name).toBeNull();
  });
});
