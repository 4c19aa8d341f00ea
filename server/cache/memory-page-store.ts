import { constants, deflateRawSync, inflateRawSync } from "node:zlib";
import { LRUCache } from "lru-cache";
import { MAX_ENTRY_SECONDS, UNKNOWN_RENDER_MS, type PageStore, type StoredPage } from "./page-store";

/** An entry as kept: its encoded value deflated, outside the JavaScript heap. */
interface PackedPage {
  packed: Buffer;
  renderedFrom: number;
  tags: string[];
}

/**
 * The page store of a single instance (no REDIS_URL): in memory, bounded in bytes, least
 * recently used first out. Nothing is written to disk, so made-up addresses cannot fill it.
 *
 * Entries are kept deflated (fastest level): an article's entry (its HTML, its RSC payload and
 * prefetch segments, base64 in JSON) is ~520 KB of text, two bytes a character on the heap, and
 * ~85 KB deflated; so the same budget holds ten times the pages, off the heap the garbage
 * collector walks. Deflating costs ~2 ms per render stored, inflating ~1 ms per read.
 */
export class MemoryPageStore implements PageStore {
  readonly sharedByInstances = false;
  private readonly entries: LRUCache<string, PackedPage>;
  /** When each tag was last purged (ms); tags older than any entry are forgotten. */
  private readonly purgedAt = new Map<string, number>();
  private readonly listeners: ((tags: readonly string[] | null) => void)[] = [];
  private lastPrune = 0;

  constructor(maxBytes: number, private readonly clock: () => number = Date.now) {
    this.entries = new LRUCache<string, PackedPage>({
      maxSize: maxBytes,
      sizeCalculation: (page) => page.packed.length + 256,
      ttlAutopurge: false,
    });
  }

  async read(key: string, extraTags: readonly string[] = []): Promise<{ page: StoredPage | null; now: number }> {
    const now = this.clock();
    const kept = this.entries.get(key);
    if (!kept) return { page: null, now };
    if (this.purgedSince([...kept.tags, ...extraTags], kept.renderedFrom)) {
      this.entries.delete(key);
      return { page: null, now };
    }
    return { page: { text: inflateRawSync(kept.packed).toString("utf8"), renderedFrom: kept.renderedFrom, tags: kept.tags }, now };
  }

  async write(key: string, page: Omit<StoredPage, "renderedFrom">, renderedFrom: number | null, ttlSeconds: number): Promise<boolean> {
    const from = renderedFrom ?? this.clock() - UNKNOWN_RENDER_MS;
    if (this.purgedSince(page.tags, from)) return false;
    const packed = deflateRawSync(Buffer.from(page.text, "utf8"), { level: constants.Z_BEST_SPEED });
    this.entries.set(key, { packed, tags: page.tags, renderedFrom: from }, { ttl: Math.min(ttlSeconds, MAX_ENTRY_SECONDS) * 1000 });
    return true;
  }

  async purge(tags: readonly string[]): Promise<number> {
    // A purge is ordered after every render begun before it, even within one millisecond.
    const at = this.clock() + 1;
    for (const tag of tags) this.purgedAt.set(tag, at);
    this.prune(at);
    for (const listener of this.listeners) listener(tags);
    return at;
  }

  onPurge(listener: (tags: readonly string[] | null) => void): void {
    this.listeners.push(listener);
  }

  private purgedSince(tags: readonly string[], renderedFrom: number): boolean {
    return tags.some((tag) => (this.purgedAt.get(tag) ?? 0) >= renderedFrom);
  }

  /** Forgets purges older than any entry can be, at most once a minute. */
  private prune(now: number): void {
    if (now - this.lastPrune < 60_000) return;
    this.lastPrune = now;
    const horizon = now - MAX_ENTRY_SECONDS * 1000;
    for (const [tag, at] of this.purgedAt) if (at < horizon) this.purgedAt.delete(tag);
  }
}
