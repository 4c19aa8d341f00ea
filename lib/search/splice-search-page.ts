import { escapeAttribute } from "entities";
import { RESULTS_END, RESULTS_START } from "./render-search-results";

/** The id of the search page's own box (app/(site)/search/search-view.tsx), which shows the query. */
export const SEARCH_PAGE_BOX_ID = "search-page-box";

const BOX = `id="${SEARCH_PAGE_BOX_ID}"`;

/**
 * The shared search page cut where a search changes it: everything before the box's id,
 * the markup from after the id to the results, and everything after the results. Found
 * once per kept page, so that a search only joins strings (and compresses only its middle).
 */
export interface SearchPageParts {
  before: string;
  between: string;
  after: string;
}

/**
 * The parts of the shared search page (no query, no results), or null when the page lacks the
 * results markers or the box. The first markers are the rendered ones: the copy inside Next's
 * inline payload has its `<` escaped.
 */
export function searchPageParts(pageHtml: string): SearchPageParts | null {
  const start = pageHtml.indexOf(RESULTS_START);
  const end = start < 0 ? -1 : pageHtml.indexOf(RESULTS_END, start + RESULTS_START.length);
  const boxAt = pageHtml.indexOf(BOX);
  if (end < 0 || boxAt < 0 || boxAt > start) return null;
  return { before: pageHtml.slice(0, boxAt), between: pageHtml.slice(boxAt + BOX.length, start), after: pageHtml.slice(end + RESULTS_END.length) };
}

/** What goes between `before` and `after`: the box with `query` as its value, up to and including `resultsHtml`. */
export function searchPageMiddle(parts: SearchPageParts, resultsHtml: string, query: string): string {
  // An attribute's first occurrence wins: this value goes before the box's empty one.
  return `${BOX} value="${escapeAttribute(query)}"${parts.between}${resultsHtml}`;
}

/** The shared search page with `resultsHtml` in place of its results and `query` in its search box, or null (see searchPageParts). */
export function spliceSearchPage(pageHtml: string, resultsHtml: string, query: string): string | null {
  const parts = searchPageParts(pageHtml);
  return parts && parts.before + searchPageMiddle(parts, resultsHtml, query) + parts.after;
}
