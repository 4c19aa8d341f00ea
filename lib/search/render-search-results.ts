import { escapeAttribute, escapeText } from "entities";
import { isPublicRequirement } from "@/lib/access/decide-access";
import { formatDate } from "@/lib/content/format-date";
import type { SearchHit, SearchResult } from "./search-articles";
import type { SnippetSegment } from "./search-snippet";

/*
 * The results part of the search page, as one HTML string between two markers: the same
 * markup whether Next renders the page or the production server splices it into the
 * shared search page (lib/search/splice-search-page). Every text is escaped here.
 */
export const RESULTS_START = "<!--lede:results-->";
export const RESULTS_END = "<!--/lede:results-->";
/** How spliced results begin, so that the page's script can tell them from its own payload. */
export const SPLICED_RESULTS_START = "<!--lede:results spliced-->";

export type SearchOutcome = SearchResult | { error: string };

const pageHref = (query: string, page: number) => `/search?${new URLSearchParams(page === 1 ? { q: query } : { q: query, page: String(page) })}`;
const link = (href: string, text: string, rel?: string) => `<a href="${escapeAttribute(href)}"${rel ? ` rel="${rel}"` : ""}>${escapeText(text)}</a>`;

/** Highlighted text: <mark> around the matches, everything else escaped. */
function highlighted(segments: SnippetSegment[]): string {
  return segments.map((s) => (s.marked ? `<mark>${escapeText(s.text)}</mark>` : escapeText(s.text))).join("");
}

function hitHtml(hit: SearchHit): string {
  const badge = isPublicRequirement(hit.requirement) ? "" : `<span class="badge">Subscribers</span>`;
  const standfirst = hit.standfirst.length > 0 ? `<p>${highlighted(hit.standfirst)}</p>` : "";
  const snippet = hit.snippet.length > 0 ? `<p class="snippet">${highlighted(hit.snippet)}</p>` : "";
  const date = `<p class="meta"><time datetime="${hit.publishedAt.toISOString()}">${escapeText(formatDate(hit.publishedAt))}</time></p>`;
  return `<li><h2>${link(`/articles/${hit.slug}`, hit.title)}${badge}</h2>${standfirst}${snippet}${date}</li>`;
}

function paginationHtml(result: SearchResult): string {
  const { query, page, pages } = result;
  if (pages <= 1) return "";
  const previous = page > 1 ? link(pageHref(query, Math.min(page - 1, pages)), "← Previous", "prev") : "<span></span>";
  const next = page < pages ? link(pageHref(query, page + 1), "Next →", "next") : "<span></span>";
  return `<nav class="pagination" aria-label="Pagination">${previous}<span>Page ${page} of ${pages}</span>${next}</nav>`;
}

function countText(result: SearchResult): string {
  const { query, total, isCapped } = result;
  const n = total.toLocaleString("en-GB");
  if (isCapped) return `More than ${n} articles match “${query}”; the ${n} most recent are ranked here.`;
  return `${total === 1 ? "1 article" : `${n} articles`} match “${query}”.`;
}

function innerHtml(outcome: SearchOutcome): string {
  if ("error" in outcome) return `<p class="form-error" role="alert">${escapeText(outcome.error)}</p>`;
  const { query, total, hits } = outcome;
  if (!query) return "<p>Type a word or a phrase. Use quotes for an exact phrase and a minus sign to leave a word out.</p>";
  if (total === 0) return `<p role="status" data-testid="search-count">No articles match “${escapeText(query)}”. Try fewer or different words.</p>`;
  const list =
    hits.length === 0
      ? `<p>There are no results on this page. ${link(pageHref(query, 1), "Back to the first page")}.</p>`
      : `<ol class="search-results" aria-label="Search results">${hits.map(hitHtml).join("")}</ol>`;
  return `<p role="status" data-testid="search-count">${escapeText(countText(outcome))}</p>${list}${paginationHtml(outcome)}`;
}

/**
 * The count, the hits and the pages of one search; or what to do when nothing matched.
 * `spliced` marks results put into the shared page by the server.
 */
export function renderSearchResults(outcome: SearchOutcome, options: { spliced?: boolean } = {}): string {
  return `${options.spliced ? SPLICED_RESULTS_START : RESULTS_START}${innerHtml(outcome)}${RESULTS_END}`;
}
