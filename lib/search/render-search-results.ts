import { escapeAttribute, escapeText } from "entities";
import { isPublicRequirement } from "@/lib/access/decide-access";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
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

type Words = { t: ReturnType<typeof translator<"reader">>; common: ReturnType<typeof translator<"common">>; locale: Locale };

function hitHtml(hit: SearchHit, { common, locale }: Words): string {
  const badge = isPublicRequirement(hit.requirement) ? "" : `<span class="badge">${escapeText(common("badges.subscribers"))}</span>`;
  const standfirst = hit.standfirst.length > 0 ? `<p>${highlighted(hit.standfirst)}</p>` : "";
  const snippet = hit.snippet.length > 0 ? `<p class="snippet">${highlighted(hit.snippet)}</p>` : "";
  const date = `<p class="meta"><time datetime="${hit.publishedAt.toISOString()}">${escapeText(formatDate(hit.publishedAt, locale))}</time></p>`;
  return `<li><h2>${link(`/articles/${hit.slug}`, hit.title)}${badge}</h2>${standfirst}${snippet}${date}</li>`;
}

function paginationHtml(result: SearchResult, { common }: Words): string {
  const { query, page, pages } = result;
  if (pages <= 1) return "";
  const previous = page > 1 ? link(pageHref(query, Math.min(page - 1, pages)), common("pagination.previous"), "prev") : "<span></span>";
  const next = page < pages ? link(pageHref(query, page + 1), common("pagination.next"), "next") : "<span></span>";
  return `<nav class="pagination" aria-label="${escapeAttribute(common("pagination.label"))}">${previous}<span>${escapeText(common("pagination.pageOf", { page, pages }))}</span>${next}</nav>`;
}

function countText(result: SearchResult, { t, locale }: Words): string {
  const { query, total, isCapped } = result;
  if (isCapped) return t("search.capped", { total: formatNumber(total, locale), query });
  return t("search.count", { total, query });
}

function innerHtml(outcome: SearchOutcome, words: Words): string {
  const { t } = words;
  if ("error" in outcome) return `<p class="form-error" role="alert">${escapeText(outcome.error)}</p>`;
  const { query, total, hits } = outcome;
  if (!query) return `<p>${escapeText(t("search.hint"))}</p>`;
  if (total === 0) return `<p role="status" data-testid="search-count">${escapeText(t("search.none", { query }))}</p>`;
  const list =
    hits.length === 0
      ? `<p>${escapeText(t("search.emptyPage"))} ${link(pageHref(query, 1), t("search.firstPage"))}.</p>`
      : `<ol class="search-results" aria-label="${escapeAttribute(t("search.results"))}">${hits.map((h) => hitHtml(h, words)).join("")}</ol>`;
  return `<p role="status" data-testid="search-count">${escapeText(countText(outcome, words))}</p>${list}${paginationHtml(outcome, words)}`;
}

/**
 * The count, the hits and the pages of one search; or what to do when nothing matched.
 * `spliced` marks results put into the shared page by the server.
 */
export function renderSearchResults(outcome: SearchOutcome, options: { spliced?: boolean; locale?: Locale } = {}): string {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const words: Words = { t: translator(locale, "reader"), common: translator(locale, "common"), locale };
  return `${options.spliced ? SPLICED_RESULTS_START : RESULTS_START}${innerHtml(outcome, words)}${RESULTS_END}`;
}
