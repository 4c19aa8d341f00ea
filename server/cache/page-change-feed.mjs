// @ts-check
/* Plain JavaScript: see cache-config.mjs. */
import { createClient } from "redis";

/**
 * @param {import("./cache-config.mjs").SharedCacheConfig} config
 * @returns {string} the channel on which the cache handler announces revalidated tags
 */
export function pageChangeChannel(config) {
  return `${config.prefix}pages-changed`;
}

/**
 * @typedef {object} PageChangeListener
 * @property {() => void} onChange any instance revalidated a page (an editor's save), and it is in Redis now
 * @property {(listening: boolean) => void} onListening whether changes can be heard: while they cannot, nothing heard earlier can be trusted
 */

/**
 * Listens on the shared cache's change channel. Returns a stop function.
 * @param {import("./cache-config.mjs").SharedCacheConfig} config
 * @param {PageChangeListener} listener
 * @returns {() => Promise<void>}
 */
export function listenForPageChanges(config, listener) {
  const client = createClient({
    url: config.redisUrl,
    socket: { connectTimeout: 5_000, reconnectStrategy: (retries) => Math.min(100 + retries * 200, 2_000) },
  });
  let listening = false;
  let subscribed = false;
  const setListening = (/** @type {boolean} */ value) => {
    if (listening === value) return;
    listening = value;
    listener.onListening(value);
  };
  // Outages are reported by the cache's own connection (server/cache/shared-redis.mjs); without a
  // listener node-redis would crash the process.
  client.on("error", () => setListening(false));
  client.on("end", () => setListening(false));
  // node-redis subscribes again by itself after a reconnection.
  client.on("ready", () => {
    if (client.isReady && subscribed) setListening(true);
  });
  client
    .connect()
    .then(() => client.subscribe(pageChangeChannel(config), () => listener.onChange()))
    .then(() => {
      subscribed = true;
      setListening(true);
    })
    .catch(() => setListening(false));
  return async () => {
    setListening(false);
    await client.destroy();
  };
}
