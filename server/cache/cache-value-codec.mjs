// @ts-check
/*
 * Next's cached values hold Buffers (RSC payloads, route bodies) and Maps (prefetch
 * segments) that JSON cannot carry; they are written as tagged objects and read back as
 * they were. Plain JavaScript: see cache-config.mjs.
 */

const BYTES = "$lede:bytes";
const MAP = "$lede:map";

/**
 * @this {unknown}
 * @param {string} key
 * @param {unknown} value
 */
function replacer(key, value) {
  // JSON.stringify has already called Buffer#toJSON on `value`; the holder has the original.
  const raw = /** @type {Record<string, unknown>} */ (this)[key];
  if (raw instanceof Uint8Array) return { [BYTES]: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString("base64") };
  if (raw instanceof Map) return { [MAP]: [...raw.entries()] };
  return value;
}

/**
 * @param {string} _key
 * @param {unknown} value
 */
function reviver(_key, value) {
  if (value === null || typeof value !== "object") return value;
  const tagged = /** @type {Record<string, unknown>} */ (value);
  if (typeof tagged[BYTES] === "string") return Buffer.from(tagged[BYTES], "base64");
  if (Array.isArray(tagged[MAP])) return new Map(tagged[MAP]);
  return value;
}

/**
 * @param {unknown} value
 * @returns {string}
 */
export function encodeCacheValue(value) {
  return JSON.stringify(value, replacer);
}

/**
 * @param {string} text
 * @returns {unknown}
 */
export function decodeCacheValue(text) {
  return JSON.parse(text, reviver);
}
