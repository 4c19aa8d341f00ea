// @ts-check
/* Plain JavaScript: see cache-config.mjs. */
import { createClient } from "redis";

/** How long the first requests after start wait for the connection before rendering without it. */
const FIRST_CONNECT_WAIT_MS = 1_000;
/** A page read or write slower than this is given up: the request renders instead. */
const COMMAND_TIMEOUT_MS = 1_000;
/** After a failed command (a hung Redis times out), requests skip Redis this long before trying again. */
const PAUSE_AFTER_FAILURE_MS = 2_000;

/** @param {string} url */
function connectClient(url) {
  return createClient({
    url,
    // Commands fail at once while disconnected instead of queueing behind a dead socket.
    disableOfflineQueue: true,
    commandOptions: { timeout: COMMAND_TIMEOUT_MS },
    socket: { connectTimeout: 1_000, reconnectStrategy: (retries) => Math.min(100 + retries * 200, 2_000) },
  });
}

/** @typedef {ReturnType<typeof connectClient>} RedisClient */

/**
 * The Redis connection of one server process. Every failure (Redis down, unreachable,
 * slow) turns into `undefined` for the caller, which then renders the page as if the cache
 * were empty: the cache must never take the site down. It is logged once per outage, and
 * once more when Redis is back.
 */
export class SharedRedis {
  /** @param {string} url */
  constructor(url) {
    this.down = false;
    this.pausedUntil = 0;
    this.client = connectClient(url);
    // Without a listener, node-redis' reconnection errors would crash the process.
    this.client.on("error", (e) => this.reportDown(e));
    this.client.on("ready", () => this.reportUp());
    // The first requests after start wait a little for the connection, never longer than
    // this, and not at all once it has failed.
    this.waitUntil = Date.now() + FIRST_CONNECT_WAIT_MS;
    this.connected = this.client.connect().catch((e) => this.reportDown(e));
  }

  /** @param {unknown} e */
  reportDown(e) {
    this.waitUntil = 0;
    if (this.down) return;
    this.down = true;
    const reason = e instanceof Error ? e.message || e.name : String(e);
    console.error(`[lede] shared cache: Redis unavailable (${reason}); pages render without the shared cache until it is back`);
  }

  reportUp() {
    if (this.down) console.log("[lede] shared cache: Redis is reachable again");
    this.down = false;
  }

  /**
   * Runs `fn` on the connection, or answers undefined when Redis cannot be used now.
   * @template T
   * @param {(client: RedisClient) => Promise<T>} fn
   * @returns {Promise<T | undefined>}
   */
  async run(fn) {
    const wait = this.waitUntil - Date.now();
    if (!this.client.isReady && wait > 0) await Promise.race([this.connected, new Promise((r) => setTimeout(r, wait).unref())]);
    if (!this.client.isReady || Date.now() < this.pausedUntil) return undefined;
    try {
      const result = await fn(this.client);
      if (this.down) this.reportUp();
      return result;
    } catch (e) {
      this.pausedUntil = Date.now() + PAUSE_AFTER_FAILURE_MS;
      this.reportDown(e);
      return undefined;
    }
  }
}

const holder = /** @type {{ __ledeSharedRedis?: Map<string, SharedRedis> }} */ (globalThis);

/**
 * One connection per process: Next creates a cache handler for every request.
 * @param {string} url
 * @returns {SharedRedis}
 */
export function sharedRedis(url) {
  holder.__ledeSharedRedis ??= new Map();
  let redis = holder.__ledeSharedRedis.get(url);
  if (!redis) {
    redis = new SharedRedis(url);
    holder.__ledeSharedRedis.set(url, redis);
  }
  return redis;
}

/** Closes this process's connections (tests; a server just exits). */
export async function closeSharedRedis() {
  const all = [...(holder.__ledeSharedRedis?.values() ?? [])];
  holder.__ledeSharedRedis = undefined;
  await Promise.all(all.map((r) => r.client.destroy()));
}
