/**
 * Where rendered pages are kept between requests (Next's cache handler writes through it):
 * in this process's memory, or in Redis shared by every instance. Both keep the
 * cache-version rule: an entry carries the time its render began; it is refused when
 * stored, and never served, once any of its tags was purged after that time.
 */
export interface StoredPage {
  /** The encoded value (server/cache/cache-value-codec.mjs). */
  text: string;
  /** When the render that produced it began, on the store's clock (ms). */
  renderedFrom: number;
  tags: string[];
}

export interface PageStore {
  /** Whether other instances share it (and purge through it). */
  readonly sharedByInstances: boolean;
  /**
   * The entry (null unless kept and none of its tags purged after its render began) and the
   * store's clock now, on which renders are timed. Undefined while the store is unreachable.
   */
  read(key: string, extraTags?: readonly string[]): Promise<{ page: StoredPage | null; now: number } | undefined>;
  /**
   * Keeps the entry unless one of its tags was purged at or after `renderedFrom` (when the
   * render is not known to have begun, a minute before now); answers whether it was kept.
   */
  write(key: string, page: Omit<StoredPage, "renderedFrom">, renderedFrom: number | null, ttlSeconds: number): Promise<boolean>;
  /** Purges every entry carrying one of `tags`, on every instance; resolves, once the store has it, to the purge's time (undefined: unreachable). */
  purge(tags: readonly string[]): Promise<number | undefined>;
  /** Calls `listener` with the tags of every purge, this instance's and others'; and with null while purges cannot be heard. */
  onPurge(listener: (tags: readonly string[] | null) => void): void;
}

/** A purge that old cannot affect any entry: entries live at most this long. */
export const MAX_ENTRY_SECONDS = 7 * 24 * 3600;

/** A render whose beginning is not known is taken to have begun this long before it is stored. */
export const UNKNOWN_RENDER_MS = 60_000;
