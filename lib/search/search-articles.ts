import type { Database } from "@/db/client";
import type { Requirement, Viewer } from "@/lib/access/types";
import { AppError } from "@/lib/errors";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { parseSearchQuery } from "./parse-search-query";
import { listRequirements } from "./list-requirements";
import { readableRequirements, type ReadableRequirement } from "./readable-requirements";
import { searchPageRows } from "./search-page-statement";
import { isOwnSql, MAX_CANDIDATES, visibleMatchCountQuery } from "./search-queries";
import { parseHeadline, type SnippetSegment } from "./search-snippet";
import { snippetMemory, type KeptSnippet } from "./snippet-memory";

export const SEARCH_PAGE_SIZE = 20;
const MAX_PAGE = 10_000;

export interface SearchHit {
  id: number;
  slug: string;
  title: string;
  /** The standfirst with matches marked. */
  standfirst: SnippetSegment[];
  /** A passage of the teaser (never the gated part) with matches marked; empty when there is no teaser. */
  snippet: SnippetSegment[];
  publishedAt: Date;
  requirement: Requirement;
}

export interface SearchResult {
  query: string;
  page: number;
  pages: number;
  total: number;
  /** More articles match than a search looks at (MAX_CANDIDATES): total is that cap. */
  isCapped: boolean;
  hits: SearchHit[];
}

/**
 * Full-text search over published articles for one viewer, among the most recent
 * MAX_CANDIDATES matches the viewer may find: decideAccess says first which of the
 * archive's requirements' full text counts, then one query counts (up to the cap) and
 * fetches a page, over only what the viewer may find, so neither the count nor the
 * "more than" wording tells anything about gated text. Public documents (title, standfirst, names, teaser) match
 * for everyone, full documents only where the viewer may read; snippets come from the
 * standfirst and teaser only, whoever asks. The query is parsed with the site's language
 * (`site`, default English), and for pieces written in the other one with that one too.
 * Bad input throws AppError INVALID_INPUT.
 */
export async function searchArticles(db: Database, options: { query: string | string[] | undefined; viewer: Viewer; page: number; now: Date; site?: Locale }): Promise<SearchResult> {
  const query = parseSearchQuery(options.query);
  const { page, viewer, now } = options;
  const site = options.site ?? DEFAULT_LOCALE;
  if (!Number.isInteger(page) || page < 1 || page > MAX_PAGE) throw new AppError("INVALID_INPUT", "That results page does not exist.", { page: "Not a valid page." });
  const empty: SearchResult = { query, page, pages: 1, total: 0, isCapped: false, hits: [] };
  if (!query) return empty;

  // Decided before anything is counted, over the archive's requirements, not the matches.
  const readable = readableRequirements(viewer, await listRequirements(db), now);
  // The site's language parses the query, so it is part of what a kept headline was made for.
  const memoryKey = `${site}:${query}`;
  const kept = snippetMemory.kept(memoryKey);
  const known = [...kept.keys()].join(",");
  const rows = await searchPageRows(db, { text: query, site, viewer, readable, now, limit: SEARCH_PAGE_SIZE, offset: (page - 1) * SEARCH_PAGE_SIZE, known });
  // Every row carries the count; a first page without rows means nothing matched, a later one is past the last.
  const found = rows[0]?.found ?? (page === 1 ? 0 : await countPastTheLast(db, { text: query, site, viewer, readable, now }));
  const isCapped = found > MAX_CANDIDATES;
  const total = Math.min(found, MAX_CANDIDATES);
  const pages = Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE));
  if (total === 0 || page > pages) return { ...empty, total, isCapped, pages };
  return {
    query,
    page,
    pages,
    total,
    isCapped,
    hits: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      title: r.title,
      ...headlinesOf(memoryKey, r, kept),
      publishedAt: r.publishedAt ?? new Date(0),
      requirement: { level: r.effReqLevel, ccaps: r.effReqCcaps },
    })),
  };
}

/** A hit's headlines: made by this statement (and kept for the next search), or kept from an earlier one. */
function headlinesOf(memoryKey: string, row: { snippetKey: string; standfirst: string | null; snippet: string | null }, kept: ReadonlyMap<string, KeptSnippet>): KeptSnippet {
  if (row.standfirst === null || row.snippet === null) {
    // The statement skips only the keys it was given, all of them in `kept`.
    return kept.get(row.snippetKey) ?? { standfirst: [], snippet: [] };
  }
  const made = { standfirst: parseHeadline(row.standfirst), snippet: parseHeadline(row.snippet) };
  snippetMemory.keep(memoryKey, row.snippetKey, made);
  return made;
}

/** How many matches the viewer may find, for a page past the last (which has no rows to carry the count). */
async function countPastTheLast(db: Database, options: { text: string; site: Locale; viewer: Viewer; readable: readonly ReadableRequirement[]; now: Date }): Promise<number> {
  const isOwn = isOwnSql(options.viewer.kind === "anonymous" ? null : options.viewer.id);
  const [counted] = await visibleMatchCountQuery(db, { text: options.text, site: options.site, isOwn, readable: options.readable, now: options.now });
  return counted?.n ?? 0;
}
