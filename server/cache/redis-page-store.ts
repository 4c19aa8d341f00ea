import { createClient } from "redis";
import type { SharedCacheConfig } from "./cache-config.mjs";
import { sharedRedis, type SharedRedis } from "./shared-redis.mjs";
import { ALL_PAGES_TAG } from "@/lib/page-tags/page-tags";
import { MAX_ENTRY_SECONDS, UNKNOWN_RENDER_MS, type PageStore, type StoredPage } from "./page-store";

/** How often a purge Redis did not take is tried again. */
const REPLAY_EVERY_MS = 250;
/** More purges than this waiting for Redis are replaced by one purge of every page. */
const MAX_UNSENT_TAGS = 10_000;

// Every time is Redis' clock, the one all instances share, so a purge on one instance is
// ordered after the renders it must refuse on any other, whatever their own clocks say.
const PURGED_SINCE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local function purgedSince(tags, from)
  for _, tag in ipairs(tags) do
    local at = redis.call('ZSCORE', KEYS[2], tag)
    if at and tonumber(at) >= from then return true end
  end
  return false
end`;
const READ = `${PURGED_SINCE}
local e = redis.call('HMGET', KEYS[1], 'v', 't', 'g')
if not e[1] then return { now } end
local tags = cjson.decode(e[3])
for i = 1, #ARGV do tags[#tags + 1] = ARGV[i] end
if purgedSince(tags, tonumber(e[2])) then return { now } end
return { now, e[1], e[2], e[3] }`;
const WRITE = `${PURGED_SINCE}
local from = ARGV[2] == '' and now - ${UNKNOWN_RENDER_MS} or tonumber(ARGV[2])
if purgedSince(cjson.decode(ARGV[3]), from) then return 0 end
redis.call('HSET', KEYS[1], 'v', ARGV[1], 't', from, 'g', ARGV[3])
redis.call('EXPIRE', KEYS[1], ARGV[4])
return 1`;
const PURGE = `
local t = redis.call('TIME')
local at = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000) + 1
for i = 1, #ARGV do redis.call('ZADD', KEYS[1], at, ARGV[i]) end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', at - ${MAX_ENTRY_SECONDS * 1000})
redis.call('PUBLISH', KEYS[2], table.concat(ARGV, '\\n'))
return at`;

/**
 * The page store shared by every instance (REDIS_URL). Entries are scoped by build, so two
 * releases side by side never serve each other's pages; purges are shared by all and
 * announced on a channel, so each instance's page memory drops the same pages.
 * Redis being down reads as a miss and keeps nothing: the site renders, never fails.
 *
 * A purge Redis does not take (down, restarting, too slow) is not dropped: Redis may come
 * back with the entries it had (persistence, or a network cut rather than a crash), and
 * every instance would then serve pages the save changed. Its tags are kept here and
 * replayed as soon as Redis answers — every REPLAY_EVERY_MS, and before this instance
 * reads or writes through Redis again — with Redis' clock at the replay, later than any
 * entry rendered before the save, so those entries are refused everywhere and the replay's
 * announcement drops them from every instance's page memory. Meanwhile this instance keeps
 * nothing in its page memory (it tells its listener it cannot hear purges). What remains:
 * between Redis' return and the replay (about REPLAY_EVERY_MS after this instance
 * reconnects) another instance may serve an old entry; and if this instance dies before
 * Redis returns, its unsent purges die with it (those pages then refresh at their
 * revalidate time). README: Failure behaviour.
 */
export class RedisPageStore implements PageStore {
  readonly sharedByInstances = true;
  private readonly redis: SharedRedis;
  private readonly entryPrefix: string;
  private readonly purgedKey: string;
  private readonly channel: string;
  private listening = false;
  private listener: ((tags: readonly string[] | null) => void) | null = null;
  private readonly unsent = new Set<string>();
  private replaying: Promise<void> | null = null;
  private replayTimer: NodeJS.Timeout | null = null;

  constructor(private readonly config: SharedCacheConfig, buildId: string) {
    this.redis = sharedRedis(config.redisUrl);
    this.entryPrefix = `${config.prefix}page:${buildId}:`;
    this.purgedKey = `${config.prefix}purged`;
    this.channel = `${config.prefix}purges`;
  }

  async read(key: string, extraTags: readonly string[] = []): Promise<{ page: StoredPage | null; now: number } | undefined> {
    if (!(await this.purgesSent())) return undefined;
    const row = await this.redis.run((c) => c.eval(READ, { keys: [this.entryPrefix + key, this.purgedKey], arguments: [...extraTags] }));
    if (!Array.isArray(row)) return undefined;
    const [now, text, renderedFrom, tags] = row as [number, string?, string?, string?];
    if (text === undefined || renderedFrom === undefined || tags === undefined) return { page: null, now };
    return { page: { text, renderedFrom: Number(renderedFrom), tags: JSON.parse(tags) as string[] }, now };
  }

  async write(key: string, page: Omit<StoredPage, "renderedFrom">, renderedFrom: number | null, ttlSeconds: number): Promise<boolean> {
    if (!(await this.purgesSent())) return false;
    const ttl = String(Math.max(60, Math.min(ttlSeconds, MAX_ENTRY_SECONDS)));
    const args = [page.text, renderedFrom === null ? "" : String(renderedFrom), JSON.stringify(page.tags), ttl];
    const kept = await this.redis.run((c) => c.eval(WRITE, { keys: [this.entryPrefix + key, this.purgedKey], arguments: args }));
    return kept === 1;
  }

  async purge(tags: readonly string[]): Promise<number | undefined> {
    if (tags.length === 0) return undefined;
    const done = await this.send(tags);
    if (done === undefined) {
      console.error(`[lede] shared cache: could not purge ${tags.join(", ")} in Redis; purging again as soon as it answers`);
      this.keepUnsent(tags);
    }
    return done;
  }

  onPurge(listener: (tags: readonly string[] | null) => void): void {
    if (this.listening) throw new Error("one purge listener per store");
    this.listening = true;
    this.listener = listener;
    listenOnChannel(this.config.redisUrl, this.channel, listener);
  }

  private async send(tags: readonly string[]): Promise<number | undefined> {
    const done = await this.redis.run((c) => c.eval(PURGE, { keys: [this.purgedKey, this.channel], arguments: [...tags] }));
    return typeof done === "number" ? done : undefined;
  }

  private keepUnsent(tags: readonly string[]): void {
    for (const tag of tags) this.unsent.add(tag);
    if (this.unsent.size > MAX_UNSENT_TAGS) {
      this.unsent.clear();
      this.unsent.add(ALL_PAGES_TAG);
    }
    // This instance's own page memory drops those pages now and keeps none until Redis has the purge.
    this.listener?.(null);
    this.replayTimer ??= setInterval(() => void this.purgesSent(), REPLAY_EVERY_MS);
    this.replayTimer.unref();
  }

  /** Replays the purges Redis has not taken yet; answers whether none is left. */
  private async purgesSent(): Promise<boolean> {
    if (this.unsent.size === 0) return true;
    this.replaying ??= (async () => {
      const tags = [...this.unsent];
      if ((await this.send(tags)) === undefined) return;
      for (const tag of tags) this.unsent.delete(tag);
      console.log(`[lede] shared cache: Redis took the purges made while it was away (${tags.length} tags)`);
      if (this.unsent.size === 0 && this.replayTimer) {
        clearInterval(this.replayTimer);
        this.replayTimer = null;
      }
    })().finally(() => (this.replaying = null));
    await this.replaying;
    return this.unsent.size === 0;
  }
}

/**
 * Subscribes to the purge channel on a connection of its own (a subscribed connection can
 * do nothing else). While it is not subscribed, the listener hears null: purges may be
 * missed, so nothing heard earlier can be trusted.
 */
function listenOnChannel(url: string, channel: string, listener: (tags: readonly string[] | null) => void): void {
  const client = createClient({ url, socket: { connectTimeout: 5_000, reconnectStrategy: (retries) => Math.min(100 + retries * 200, 2_000) } });
  let subscribed = false;
  // Outages are reported by the cache's own connection; without a listener node-redis would crash the process.
  client.on("error", () => listener(null));
  client.on("end", () => listener(null));
  // node-redis subscribes again by itself after a reconnection; a purge during the gap was missed.
  client.on("ready", () => {
    if (subscribed) listener([]);
  });
  client
    .connect()
    .then(() => client.subscribe(channel, (message) => listener(message.split("\n"))))
    .then(() => {
      subscribed = true;
      listener([]);
    })
    .catch(() => listener(null));
}
