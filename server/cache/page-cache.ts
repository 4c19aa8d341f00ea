import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { readCacheConfig } from "./cache-config.mjs";
import { MemoryPageStore } from "./memory-page-store";
import { UNKNOWN_RENDER_MS, type PageStore } from "./page-store";
import { RedisPageStore } from "./redis-page-store";
import { renderClock } from "./render-clock";

const holder = globalThis as unknown as { __ledePageStore?: PageStore };

/** The build being served: entries of another build (a rolling deploy) are never served. */
function readBuildId(): string {
  const file = path.join(process.cwd(), ".next", "BUILD_ID");
  return existsSync(file) ? readFileSync(file, "utf8").trim() : "development";
}

/**
 * This process's page store: Redis when REDIS_URL is set, else memory (LEDE_PAGE_CACHE_MB).
 * One per process, on globalThis: Next's cache handler, the routes that purge and the
 * server's page memory are bundled apart and must all reach the same one.
 */
export function pageStore(): PageStore {
  if (holder.__ledePageStore) return holder.__ledePageStore;
  const shared = readCacheConfig(process.env);
  holder.__ledePageStore = shared ? new RedisPageStore(shared, readBuildId()) : new MemoryPageStore(env().LEDE_PAGE_CACHE_MB * 1024 * 1024);
  return holder.__ledePageStore;
}

/**
 * Purges every cached page carrying one of `tags` (lib/page-tags), in the page store and
 * in every instance's page memory, before it resolves: once an editor's save has answered,
 * no reader is served what the save changed.
 */
export async function purgePages(tags: readonly string[]): Promise<void> {
  if (tags.length === 0) return;
  const purgedAt = (await pageStore().purge(tags)) ?? Date.now();
  // A render begun before the save may still be running, and Next hands it to any request
  // for the same page meanwhile: the save answers once those renders are over (bounded).
  await renderClock(UNKNOWN_RENDER_MS).settled(tags, purgedAt, RENDER_WAIT_MS);
}

/** Longest a save waits for renders begun before it (a render takes ~15 ms; one under load, more). */
const RENDER_WAIT_MS = 3_000;
