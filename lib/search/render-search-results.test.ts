import { describe, expect, it } from "vitest";
import { renderSearchResults, RESULTS_END, RESULTS_START, SPLICED_RESULTS_START } from "./render-search-results";
import type { SearchResult } from "./search-articles";
import { spliceSearchPage } from "./splice-search-page";

const hit = (id: number, title: string, level: number | null = null) => ({
  id,
  slug: `piece-${id}`,
  title,
  standfirst: [
    { text: "On the ", marked: false },
    { text: "Black Sea", marked: true },
  ],
  snippet: [],
  publishedAt: new Date("2026-11-02T10:00:00Z"),
  requirement: { level, ccaps: [] },
});
const result = (over: Partial<SearchResult>): SearchResult => ({ query: "black sea", page: 1, pages: 1, total: 2, isCapped: false, hits: [hit(1, "One"), hit(2, "Two", 1)], ...over });

describe("renderSearchResults", () => {
  it("lists the hits with marks, badges, dates and the count, between the markers", () => {
    const html = renderSearchResults(result({}));
    expect(html.startsWith(RESULTS_START) && html.endsWith(RESULTS_END)).toBe(true);
    expect(html).toContain(`<p role="status" data-testid="search-count">2 articles match “black sea”.</p>`);
    expect(html).toContain(`<li><h2><a href="/articles/piece-1">One</a></h2><p>On the <mark>Black Sea</mark></p><p class="meta"><time datetime="2026-11-02T10:00:00.000Z">2 November 2026</time></p></li>`);
    expect(html).toContain(`<a href="/articles/piece-2">Two</a><span class="badge">Subscribers</span>`);
    expect(html).not.toContain("pagination");
  });

  it("escapes every text: a hostile query, title or snippet stays inert", () => {
    const evil = `<img src=x onerror=alert(1)>"&`;
    const html = renderSearchResults(result({ query: evil, hits: [{ ...hit(1, evil), snippet: [{ text: evil, marked: true }] }], total: 1 }));
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("paginates with escaped links, says when the cap is reached, and handles no query, no match, an empty page and errors", () => {
    const paged = renderSearchResults(result({ query: "a&b", page: 2, pages: 3, total: 45 }));
    expect(paged).toContain(`<a href="/search?q=a%26b" rel="prev">← Previous</a><span>Page 2 of 3</span><a href="/search?q=a%26b&amp;page=3" rel="next">Next →</a>`);
    expect(renderSearchResults(result({ total: 300, isCapped: true }))).toContain("More than 300 articles match “black sea”; the 300 most recent are ranked here.");
    expect(renderSearchResults(result({ query: "" }))).toContain("Type a word or a phrase.");
    expect(renderSearchResults(result({ total: 0, hits: [] }))).toContain("No articles match “black sea”. Try fewer or different words.");
    expect(renderSearchResults(result({ page: 9, pages: 2, hits: [] }))).toContain(`There are no results on this page. <a href="/search?q=black+sea">Back to the first page</a>.`);
    expect(renderSearchResults({ error: "Search for at most 200 characters." })).toContain(`<p class="form-error" role="alert">Search for at most 200 characters.</p>`);
    expect(renderSearchResults(result({}), { spliced: true }).startsWith(SPLICED_RESULTS_START)).toBe(true);
  });

  it("speaks French on a French site: counts with plurals, dates, badges and pages", () => {
    const fr = { locale: "fr" as const };
    const html = renderSearchResults(result({ page: 2, pages: 3 }), fr);
    expect(html).toContain(`<p role="status" data-testid="search-count">2 articles correspondent à « black sea ».</p>`);
    expect(html).toContain(`<time datetime="2026-11-02T10:00:00.000Z">2 novembre 2026</time>`);
    expect(html).toContain(`<span class="badge">Abonnés</span>`);
    expect(html).toContain(`aria-label="Résultats de recherche"`);
    expect(html).toContain(`rel="prev">← Précédent</a><span>Page 2 sur 3</span>`);
    expect(renderSearchResults(result({ total: 1, hits: [hit(1, "One")] }), fr)).toContain("1 article correspond à « black sea ».");
    expect(renderSearchResults(result({ total: 1000, isCapped: true }), fr)).toContain("Plus de 1\u202f000 articles correspondent à « black sea » ; les 1\u202f000 plus récents sont classés ici.");
    expect(renderSearchResults(result({ query: "" }), fr)).toContain("Tapez un mot ou une expression.");
    expect(renderSearchResults(result({ total: 0, hits: [] }), fr)).toContain("Aucun article ne correspond à « black sea ».");
    expect(renderSearchResults(result({ page: 9, pages: 2, hits: [] }), fr)).toContain(`Il n’y a pas de résultats sur cette page. <a href="/search?q=black+sea">Revenir à la première page</a>.`);
  });
});

describe("spliceSearchPage", () => {
  const shell = `<header><input id="site-search" name="q"></header><input id="search-page-box" type="search" name="q"><div class="search-outcome">${RESULTS_START}<p>Type a word</p>${RESULTS_END}</div><script>self.__next_f.push(["\\u003c!--lede:results--\\u003e"])</script>`;

  it("puts the results and the query in, and nothing else changes", () => {
    const page = spliceSearchPage(shell, `${SPLICED_RESULTS_START}R${RESULTS_END}`, `"x" & <y>`)!;
    expect(page).toBe(
      `<header><input id="site-search" name="q"></header><input id="search-page-box" value="&quot;x&quot; &amp; <y>" type="search" name="q"><div class="search-outcome">${SPLICED_RESULTS_START}R${RESULTS_END}</div><script>self.__next_f.push(["\\u003c!--lede:results--\\u003e"])</script>`,
    );
  });

  it("answers null for a page without the markers or the box", () => {
    expect(spliceSearchPage("<p>other</p>", "R", "q")).toBeNull();
    expect(spliceSearchPage(shell.replace(`id="search-page-box"`, ""), "R", "q")).toBeNull();
  });
});
