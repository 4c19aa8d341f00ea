import { readCacheConfig } from "@/server/cache/cache-config.mjs";
import { listenForPageChanges } from "@/server/cache/page-change-feed.mjs";
import { fetchOwnPage } from "./fetch-own-page";
import { PageMemory } from "./page-memory";

/** Default budget for kept pages; LEDE_PAGE_MEMORY_MB overrides it (0 turns the memory off). */
const DEFAULT_MEGABYTES = 48;
/** A kept page is fetched again at least this often, even with no purge heard. */
const MAX_AGE_MS = 30_000;

const holder = globalThis as unknown as { __ledePageMemory?: PageMemory | null };

function readMegabytes(env: NodeJS.ProcessEnv): number {
  const raw = env.LEDE_PAGE_MEMORY_MB?.trim();
  if (!raw) return DEFAULT_MEGABYTES;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > 4096) throw new Error(`LEDE_PAGE_MEMORY_MB must be a number of megabytes from 0 to 4096 (got "${raw}").`);
  return value;
}

/**
 * This process's page memory (server/page-memory/page-memory), or null when it is turned off. One per
 * process, kept on globalThis: the server (server/serve.ts) and Next's bundled routes load
 * this module separately. With REDIS_URL it forgets its pages whenever any instance
 * revalidates one.
 */
export function sharedPageMemory(): PageMemory | null {
  if (holder.__ledePageMemory !== undefined) return holder.__ledePageMemory;
  const megabytes = readMegabytes(process.env);
  if (megabytes === 0) return (holder.__ledePageMemory = null);
  const memory = new PageMemory({ fetchPage: (path) => fetchOwnPage(path), maxBytes: megabytes * 1024 * 1024, maxAgeMs: MAX_AGE_MS });
  holder.__ledePageMemory = memory;
  const sharedCache = readCacheConfig(process.env);
  if (sharedCache) {
    // Until the change channel is heard, nothing is kept.
    memory.setKeeping(false);
    listenForPageChanges(sharedCache, { onChange: () => memory.purge(), onListening: (listening) => memory.setKeeping(listening) });
  }
  return memory;
}

/** Forgets the kept pages of this process: an editor changed what they show. */
export function purgeSharedPages(): void {
  holder.__ledePageMemory?.purge();
}
