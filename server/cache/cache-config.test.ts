import { describe, expect, it } from "vitest";
import { readCacheConfig } from "./cache-config.mjs";

describe("readCacheConfig", () => {
  it("is off without REDIS_URL (each instance keeps its own cache)", () => {
    expect(readCacheConfig({})).toBeNull();
    expect(readCacheConfig({ REDIS_URL: "  " })).toBeNull();
  });

  it("takes redis:// and rediss:// URLs, with the default or a chosen key prefix", () => {
    expect(readCacheConfig({ REDIS_URL: "redis://127.0.0.1:6379" })).toEqual({ redisUrl: "redis://127.0.0.1:6379", prefix: "lede:" });
    expect(readCacheConfig({ REDIS_URL: "rediss://user:pw@cache.example:6380/2", LEDE_CACHE_PREFIX: "site-a:" })).toEqual({
      redisUrl: "rediss://user:pw@cache.example:6380/2",
      prefix: "site-a:",
    });
  });

  it.each([
    ["127.0.0.1:6379", /not a URL/],
    ["http://127.0.0.1:6379", /redis:\/\/ or rediss:\/\//],
    ["redis://", /names no host/],
    ["redis://127.0.0.1:6379/cache", /database number/],
  ])("refuses REDIS_URL=%s with a message naming the variable", (value, message) => {
    expect(() => readCacheConfig({ REDIS_URL: value })).toThrow(message);
  });

  it("never echoes the URL, which may carry a password", () => {
    expect(() => readCacheConfig({ REDIS_URL: "http://user:secret@host" })).toThrow(/^(?!.*secret)/);
  });

  it("refuses a key prefix Redis tools would trip on", () => {
    expect(() => readCacheConfig({ REDIS_URL: "redis://h", LEDE_CACHE_PREFIX: "two words" })).toThrow(/LEDE_CACHE_PREFIX/);
    expect(() => readCacheConfig({ REDIS_URL: "redis://h", LEDE_CACHE_PREFIX: "" })).toThrow(/LEDE_CACHE_PREFIX/);
  });
});
