import { describe, expect, it } from "vitest";
import { listingPagePaths, pathsShowingArticles } from "./article-paths";

describe("pathsShowingArticles", () => {
  it("names the article, the front page, and latest, its categories', tags' and authors' listings", () => {
    expect(pathsShowingArticles([{ slug: "oil", categorySlugs: ["regions", "libya"], tagSlugs: ["energy"], authorSlugs: ["clara"] }])).toEqual({
      pages: ["/", "/front/home", "/articles/oil"],
      listings: ["/latest", "/categories/regions", "/categories/libya", "/tags/energy", "/authors/clara"],
    });
  });

  it("covers the pages an article left (before and after a save), once each", () => {
    const before = { slug: "old-slug", categorySlugs: ["libya"], tagSlugs: [], authorSlugs: ["a"] };
    const after = { slug: "new-slug", categorySlugs: ["tunisia"], tagSlugs: [], authorSlugs: ["a"] };
    const targets = pathsShowingArticles([before, after]);
    expect(targets.pages).toEqual(["/", "/front/home", "/articles/old-slug", "/articles/new-slug"]);
    expect(targets.listings).toEqual(["/latest", "/categories/libya", "/authors/a", "/categories/tunisia"]);
  });

  it("nothing to refresh for no articles", () => {
    expect(pathsShowingArticles([])).toEqual({ pages: [], listings: [] });
  });
});

describe("listingPagePaths", () => {
  it("lists every page and one more (a new piece may open it)", () => {
    expect(listingPagePaths("/tags/nato", 1)).toEqual(["/tags/nato", "/tags/nato/page/2"]);
    expect(listingPagePaths("/latest", 3)).toEqual(["/latest", "/latest/page/2", "/latest/page/3", "/latest/page/4"]);
  });
});
