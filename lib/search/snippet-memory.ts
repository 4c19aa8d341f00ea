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

const segmentsBytes = (segments: SnippetSegment[]) => segments.reduce((sum, s) => sum + 2 * s.text.length + 48, 0);

/**
 * The headlines of recent searches' hits, by query: making them (ts_headline parses the text
 * of every hit) is most of what a search costs the database. A headline depends on nothing but
 * the query and the piece's standfirst and teaser, which every viewer may read, so it is the
 * same for every viewer; it is keyed by a hash of those texts, so an edited piece never shows an
 * older one (no purge needed). Process memory only: another instance makes its own.
 */
export class SnippetMemory {
  private readonly byQuery: LRUCache<string, QuerySnippets>;

  constructor(maxBytes: number) {
    this.byQuery = new LRUCache<string, QuerySnippets>({ maxSize: maxBytes, sizeCalculation: (kept) => kept.bytes + 256 });
  }

  /** This query's kept headlines as they are now, by snippet key: the page's statement skips these. */
  kept(query: string): ReadonlyMap<string, KeptSnippet> {
    const kept = this.byQuery.get(query);
    return kept ? new Map(kept.byKey) : new Map();
  }

  /** Keeps the headlines just made for one hit of `query`. */
  keep(query: string, key: string, snippet: KeptSnippet): void {
    const before = this.byQuery.peek(query);
    if (before?.byKey.has(key)) return;
    const byKey = before && before.byKey.size < MAX_PER_QUERY ? before.byKey : new Map<string, KeptSnippet>();
    byKey.set(key, snippet);
    const bytes = (byKey === before?.byKey ? before.bytes : 2 * query.length) + 2 * key.length + segmentsBytes(snippet.standfirst) + segmentsBytes(snippet.snippet) + 64;
    // A new entry object: lru-cache counts a value's size again only when the value changes.
    this.byQuery.set(query, { byKey, bytes });
  }

  /** Bytes counted for the kept headlines. */
  get bytes(): number {
    return this.byQuery.calculatedSize;
  }
}

/** The server's memory of headlines (one per process). */
export const snippetMemory = new SnippetMemory(MAX_BYTES);
