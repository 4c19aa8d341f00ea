import { LRUCache } from "lru-cache";
import type { SnippetSegment } from "./search-snippet";

/** A hit's two headlines, as made by ts_headline for one query. */
export interface KeptSnippet {
  standfirst: SnippetSegment[];
  snippet: SnippetSegment[];
}

interface QuerySnippets {
  /** By snippet key: the article's id and a hash of its standfirst and teaser text (search-queries). */
  byKey: Map<string, KeptSnippet>;
  bytes: number;
}

const MAX_BYTES = 8 * 1024 * 1024;
/** Keys of older versions of a piece stay until their query is dropped; a query keeping more than this starts over. */
const MAX_PER_QUERY = 1_000;

const byQuery = new LRUCache<string, QuerySnippets>({ maxSize: MAX_BYTES, sizeCalculation: (kept) => kept.bytes + 256 });

const segmentsBytes = (segments: SnippetSegment[]) => segments.reduce((sum, s) => sum + 2 * s.text.length + 48, 0);

/*
 * The headlines of recent searches' hits, by query: making them (ts_headline parses the text
 * of every hit) is most of what a search costs the database. A headline depends on nothing but
 * the query and the piece's standfirst and teaser, which every viewer may read, so it is the
 * same for every viewer; it is keyed by a hash of those texts, so an edited piece never shows an
 * older one (no purge needed). Process memory only: another instance makes its own.
 */

/** This query's kept headlines as they are now, by snippet key: the page's statement skips these. */
export function keptSnippets(query: string): ReadonlyMap<string, KeptSnippet> {
  const kept = byQuery.get(query);
  return kept ? new Map(kept.byKey) : new Map();
}

/** Keeps the headlines just made for one hit of `query`. */
export function keepSnippet(query: string, key: string, snippet: KeptSnippet): void {
  let kept = byQuery.peek(query);
  if (!kept || kept.byKey.size >= MAX_PER_QUERY) kept = { byKey: new Map(), bytes: 0 };
  if (kept.byKey.has(key)) return;
  kept.byKey.set(key, snippet);
  kept.bytes += 2 * (query.length + key.length) + segmentsBytes(snippet.standfirst) + segmentsBytes(snippet.snippet) + 64;
  // Set again, so that the memory counts the query's new size.
  byQuery.set(query, kept);
}
