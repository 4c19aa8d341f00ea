// @ts-check
/*
 * Next's cached values hold Buffers (RSC payloads, route bodies) and Maps (prefetch
 * segments) that JSON cannot carry; they are written as tagged objects and read back as
 * they were. Plain JavaScript: see cache-config.mjs.
 */

const BYTES = "$lede:bytes";
const MAP = "$lede:map";

/**
 * The value with its byte arrays and Maps replaced by tagged objects, walked before
 * JSON.stringify: a replacer would come too late, after Buffer#toJSON has already turned
 * every byte into a number in an array (slow, and most of a page write's cost).
 * @param {unknown} value
 * @returns {unknown}
 */
function tagged(value) {
  if (value === null || typeof value !== "object") return value;
  if (value instanceof Uint8Array) return { [BYTES]: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("base64") };
  if (value instanceof Map) return { [MAP]: [...value.entries()].map(([k, v]) => [tagged(k), tagged(v)]) };
  if (Array.isArray(value)) return value.map(tagged);
  const proto = Object.getPrototypeOf(value);
  // Anything else (a Date, …) is left to its own toJSON.
  if (proto !== Object.prototype && proto !== null) return value;
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const [k, v] of Object.entries(value)) out[k] = tagged(v);
  return out;
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
  return JSON.stringify(tagged(value));
}

/**
 * @param {string} text
 * @returns {unknown}
 */
export function decodeCacheValue(text) {
  return JSON.parse(text, reviver);
}
