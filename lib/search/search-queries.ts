import { and, desc, eq, or, sql, type AnyColumn, type Placeholder, type SQL } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articleAuthors, articles, authors } from "@/db/schema";
import type { Requirement } from "@/lib/access/types";
import { isPublishedSql } from "@/lib/articles/published";
import type { Locale } from "@/lib/i18n/locales";
import { isStemmedWithSql, pieceConfigSql, queryLanguages } from "./search-language";
import type { ReadableRequirement } from "./readable-requirements";
import { MARK_END, MARK_START } from "./search-snippet";

/*
 * The statements of a search, as query builders (the integration test EXPLAINs them): a
 * search is one statement (hitsPageQuery), and a count alone only for a page past the last.
 * The parsed query is a one-row relation `q`, so websearch_to_tsquery runs once per
 * relation, not once per row: `q.site` parsed with the site's language, `q.other` with the
 * other one, for the pieces stemmed in it (see search-language).
 */
function queryRelation(text: string | Placeholder, site: Locale) {
  const languages = queryLanguages(site);
  return sql`(select websearch_to_tsquery(${sql.raw(`'${languages.site}'`)}::regconfig, t), websearch_to_tsquery(${sql.raw(`'${languages.other}'`)}::regconfig, t)
    from (select ${text}::text) as typed(t)) as q(site, other)`;
}
/** A piece in the site's language matches the site's parse; one in the other language either parse. */
function queryTerms(site: Locale) {
  const inOther = isStemmedWithSql(queryLanguages(site).other);
  const matches = (document: AnyColumn) => sql`(${document} @@ q.site or (${inOther} and ${document} @@ q.other))`;
  return {
    matchesPublic: matches(articles.searchPublic),
    matchesFull: matches(articles.searchFull),
    /** The query a row is ranked and highlighted with: what it may match. */
    pieceQuery: sql`(case when ${inOther} then q.site || q.other else q.site end)`,
  };
}
/** `text` holds none of the marks (articles.snippet_text never does), so every one in the output is ts_headline's. */
const headline = (text: SQL | AnyColumn, pieceQuery: SQL, options: string) =>
  sql<string>`ts_headline(${pieceConfigSql}, ${text}, ${pieceQuery}, ${`StartSel=${MARK_START}, StopSel=${MARK_END}, ${options}`})`;
/** The sentinels are removed from the text first. */
const withoutMarks = (text: AnyColumn) => sql`translate(${text}, ${MARK_START + MARK_END}, '')`;
const SNIPPET_OPTIONS = `MaxWords=30, MinWords=12, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "`;
/**
 * What a hit's two headlines are made of besides the query: the article, its language and its
 * standfirst and teaser text (never anything gated, so the headlines are the same for every viewer).
 */
const SNIPPET_KEY = sql`snippet.key`;
const IS_KNOWN = sql`${SNIPPET_KEY} = any(known.keys)`;

/**
 * A search looks at the most recent matches only, at most this many: ranking (ts_rank over
 * whole documents) and counting then cost the same for a rare word as for one in every piece,
 * instead of growing with the archive. Readers see "more than …" when the cap is reached.
 */
export const MAX_CANDIDATES = 300;

/** A fact about the row, not an access rule: is the viewer (by id; null for anonymous) one of the piece's authors? */
export function isOwnSql(viewerId: string | Placeholder | null): SQL<boolean> {
  if (viewerId === null) return sql<boolean>`false`;
  return sql<boolean>`exists (select 1 from ${articleAuthors} join ${authors} on ${authors.id} = ${articleAuthors.authorId}
    where ${articleAuthors.articleId} = ${articles.id} and ${authors.userId} = ${viewerId})`;
}

/**
 * How many published articles the viewer may find, counted up to MAX_CANDIDATES + 1 (so
 * that the cap shows): a public-document match, or a full-text match where the viewer may
 * read. Gated-only matches the viewer may not read never enter the count nor the cap.
 * hitsPageQuery counts the same on each of its rows; this is for a page that has none.
 */
export function visibleMatchCountQuery(db: Database, options: { text: string; site: Locale; isOwn: SQL<boolean>; readable: readonly ReadableRequirement[]; now: Date }) {
  const fullAllowed = fullTextAllowedSql(options.readable, options.isOwn);
  const terms = queryTerms(options.site);
  const found = db
    .select({ one: sql<number>`1`.as("one") })
    .from(articles)
    .crossJoin(queryRelation(options.text, options.site))
    .where(and(isPublishedSql(options.now), visibleMatchSql(fullAllowed, terms)))
    .limit(MAX_CANDIDATES + 1)
    .as("found");
  return db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(found);
}

/** A match the viewer may find: the public document, or the full one where allowed. */
const visibleMatchSql = (fullAllowed: SQL, terms: ReturnType<typeof queryTerms>) => sql`(${terms.matchesPublic} or (${fullAllowed} and ${terms.matchesFull}))`;

function requirementSql(r: Requirement): SQL {
  const level = r.level === null ? sql`${articles.effReqLevel} is null` : eq(articles.effReqLevel, r.level);
  const ccaps =
    r.ccaps.length === 0
      ? sql`cardinality(${articles.effReqCcaps}) = 0`
      : sql`${articles.effReqCcaps} = array[${sql.join(r.ccaps.map((c) => sql`${c}`), sql`, `)}]::text[]`;
  return sql`(${level} and ${ccaps})`;
}

/** True for rows whose full text the viewer may search, as decided in readableMatches. */
function fullTextAllowedSql(readable: readonly ReadableRequirement[], isOwn: SQL<boolean>): SQL {
  if (readable.length === 0) return sql`false`;
  const each = readable.map(({ requirement, authorship }) =>
    authorship === "any" ? requirementSql(requirement) : sql`(${requirementSql(requirement)} and ${authorship === "own" ? isOwn : sql`not ${isOwn}`})`,
  );
  return sql`(${or(...each)})`;
}

/**
 * One page of hits, best first, with the standfirst and a teaser passage highlighted, and
 * on every row how many matches the viewer may find (up to MAX_CANDIDATES + 1, as
 * visibleMatchCountQuery counts): one scan, newest first, finds the candidates for both.
 * A page past the last has no rows, so no count: visibleMatchCountQuery tells it then.
 * The candidates are ranked by their stored documents, and only the page's rows are read
 * in full and highlighted (ts_headline parses the text: the most costly part of a search).
 */
export function hitsPageQuery(
  db: Database,
  options: {
    text: string | Placeholder;
    /** The site's language: the query is parsed with it (and for pieces in the other one, with both). */
    site: Locale;
    isOwn: SQL<boolean>;
    readable: readonly ReadableRequirement[];
    now: Date | Placeholder;
    limit: number | Placeholder;
    offset: number | Placeholder;
    /** Snippets the server has made already for this query, as `id:key` joined by commas (see snippetKey): not made again. */
    known: string | Placeholder;
  },
) {
  const fullAllowed = fullTextAllowedSql(options.readable, options.isOwn);
  const terms = queryTerms(options.site);
  // A piece the viewer may not read is ranked by its public document only: its place must not depend on gated words.
  const rank = sql<number>`case when ${fullAllowed} then ts_rank(${articles.searchFull}, ${terms.pieceQuery}) else ts_rank(${articles.searchPublic}, ${terms.pieceQuery}) end`;
  // The most recent matches the viewer may find (see MAX_CANDIDATES), one more to tell that the cap was reached.
  const found = db.$with("found").as(
    db
      .select({
        id: sql<number>`${articles.id}`.as("found_id"),
        publishedAt: sql<Date>`${articles.publishedAt}`.as("found_published_at"),
        recency: sql<number>`row_number() over (order by ${articles.publishedAt} desc, ${articles.id} desc)`.as("recency"),
        rank: rank.as("rank"),
      })
      .from(articles)
      .crossJoin(queryRelation(options.text, options.site))
      .where(and(isPublishedSql(options.now), visibleMatchSql(fullAllowed, terms)))
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(MAX_CANDIDATES + 1),
  );
  const hits = db.$with("hits").as(
    db
      .select({ id: found.id, publishedAt: found.publishedAt, rank: found.rank })
      .from(found)
      .where(sql`${found.recency} <= ${MAX_CANDIDATES}`)
      .orderBy(desc(found.rank), desc(found.publishedAt), desc(found.id))
      .limit(options.limit)
      .offset(options.offset),
  );
  return db
    .with(found, hits)
    .select({
      found: sql<number>`(select count(*) from ${found})`.mapWith(Number),
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      publishedAt: articles.publishedAt,
      effReqLevel: articles.effReqLevel,
      effReqCcaps: articles.effReqCcaps,
      snippetKey: sql<string>`${SNIPPET_KEY}`,
      // Null where the server has this snippet already (same article, same texts, same query).
      standfirst: sql<string | null>`case when ${IS_KNOWN} then null else ${headline(withoutMarks(articles.standfirst), terms.pieceQuery, "HighlightAll=true")} end`,
      snippet: sql<string | null>`case when ${IS_KNOWN} then null else ${headline(articles.snippetText, terms.pieceQuery, SNIPPET_OPTIONS)} end`,
    })
    .from(hits)
    .innerJoin(articles, eq(articles.id, hits.id))
    .crossJoin(queryRelation(options.text, options.site))
    .crossJoin(sql`string_to_array(${options.known}::text, ',') as known(keys)`)
    .crossJoin(sql`lateral (select ${articles.id}::text || ':' || md5(coalesce(${articles.language}, '') || chr(1) || ${articles.standfirst} || chr(1) || ${articles.snippetText}) as key) as snippet`)
    .orderBy(desc(hits.rank), desc(hits.publishedAt), desc(hits.id));
}
