import { env } from "@/lib/env";
import { pageStore } from "../cache/page-cache";
import { fetchOwnPage } from "./fetch-own-page";
import { PageMemory } from "./page-memory";

/**
 * A kept page is fetched again at least this often, even with no purge heard (a safety net:
 * purges reach every instance, and no page's s-maxage is longer). Within it, a page lives as
 * long as Next's copy stays fresh.
 */
const MAX_AGE_MS = 10 * 60_000;

const holder = globalThis as unknown as { __ledePageMemory?: PageMemory };

/**
 * This process's page memory (server/page-memory/page-memory), budget LEDE_PAGE_MEMORY_MB
 * (0 keeps nothing; pages are still fetched and answered the same way). It drops the pages
 * every purge names, this instance's and, through the page store, every other's; while
 * other instances' purges cannot be heard (Redis unreachable) it keeps nothing.
 */
export function sharedPageMemory(): PageMemory {
  if (holder.__ledePageMemory) return holder.__ledePageMemory;
  const memory = new PageMemory({ fetchPage: (path) => fetchOwnPage(path), maxBytes: env().LEDE_PAGE_MEMORY_MB * 1024 * 1024, maxAgeMs: MAX_AGE_MS });
  holder.__ledePageMemory = memory;
  const store = pageStore();
  if (store.sharedByInstances) memory.setKeeping(false);
  store.onPurge((tags) => {
    if (tags === null) return memory.setKeeping(false);
    memory.purge(tags);
    memory.setKeeping(true);
  });
  return memory;
}
