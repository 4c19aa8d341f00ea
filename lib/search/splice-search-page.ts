import { escapeAttribute } from "entities";
import { RESULTS_END, RESULTS_START } from "./render-search-results";

/** The id of the search page's own box (app/(site)/search/search-view.tsx), which shows the query. */
export const SEARCH_PAGE_BOX_ID = "search-page-box";

/**
 * The shared search page (no query, no results) with `resultsHtml` in place of its results
 * and `query` in its search box, or null when the page lacks either. The first markers are
 * the rendered ones: the copy inside Next's inline payload has its `<` escaped.
 */
export function spliceSearchPage(pageHtml: string, resultsHtml: string, query: string): string | null {
  const start = pageHtml.indexOf(RESULTS_START);
  const end = start < 0 ? -1 : pageHtml.indexOf(RESULTS_END, start + RESULTS_START.length);
  const box = `id="${SEARCH_PAGE_BOX_ID}"`;
  const boxAt = pageHtml.indexOf(box);
  if (end < 0 || boxAt < 0 || boxAt > start) return null;
  // An attribute's first occurrence wins: this value goes before the box's empty one.
  const withValue = `${box} value="${escapeAttribute(query)}"`;
  return pageHtml.slice(0, boxAt) + withValue + pageHtml.slice(boxAt + box.length, start) + resultsHtml + pageHtml.slice(end + RESULTS_END.length);
}
