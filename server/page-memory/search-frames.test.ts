import type { IncomingMessage } from "node:http";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { RESULTS_END, RESULTS_START, SPLICED_RESULTS_START } from "@/lib/search/render-search-results";
import { spliceSearchPage } from "@/lib/search/splice-search-page";
import { memorisePage } from "./page-memory";
import { searchPageForReader } from "./search-frames";

const shell = memorisePage({
  status: 200,
  headers: { "content-type": "text/html; charset=utf-8", "cache-control": "s-maxage=60", "x-nextjs-cache": "HIT" },
  body: `<!doctype html><header>${"Ünïcode header ✓ ".repeat(300)}<input id="site-search" name="q"></header><input id="search-page-box" type="search" name="q"><div>${RESULTS_START}<p>Type a word</p>${RESULTS_END}</div><script>self.__next_f.push(["\\u003c!--lede:results--\\u003e"])</script>${"<footer>shared</footer>".repeat(200)}`,
});
const accepting = (value?: string) => ({ headers: value === undefined ? {} : { "accept-encoding": value } }) as IncomingMessage;
const searches = [
  { resultsHtml: `${SPLICED_RESULTS_START}<ol>${"<li>Result €</li>".repeat(20)}</ol>${RESULTS_END}`, query: `"eastern flank" & <b>` },
  { resultsHtml: `${SPLICED_RESULTS_START}<p>No articles match</p>${RESULTS_END}`, query: "" },
];

describe("searchPageForReader", () => {
  it("gives gzip that decompresses to exactly the spliced page, for every search on one kept page", () => {
    for (const search of searches) {
      const page = searchPageForReader(accepting("gzip, deflate, br"), shell, true, search);
      expect(page && "gzip" in page).toBe(true);
      const gzip = (page as { gzip: Buffer }).gzip;
      expect(gunzipSync(gzip).toString("utf8")).toBe(spliceSearchPage(shell.html, search.resultsHtml, search.query));
    }
  });

  it("gives the spliced HTML to a reader who refuses gzip, or for a page not kept in memory", () => {
    const search = searches[0]!;
    const spliced = spliceSearchPage(shell.html, search.resultsHtml, search.query);
    for (const refused of [undefined, "br", "gzip;q=0", "identity"]) expect(searchPageForReader(accepting(refused), shell, true, search), String(refused)).toEqual({ html: spliced });
    expect(searchPageForReader(accepting("gzip"), shell, false, search)).toEqual({ html: spliced });
  });

  it("gives nothing for a page without a place for the results", () => {
    const plain = memorisePage({ status: 200, headers: { "content-type": "text/html" }, body: "<p>no results here</p>" });
    expect(searchPageForReader(accepting("gzip"), plain, true, searches[0]!)).toBeNull();
    expect(searchPageForReader(accepting("gzip"), plain, false, searches[0]!)).toBeNull();
  });
});
