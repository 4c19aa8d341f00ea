import { describe, expect, it } from "vitest";
import { decodeCacheValue, encodeCacheValue } from "./cache-value-codec.mjs";

describe("encodeCacheValue / decodeCacheValue", () => {
  it("carries a page's Buffers and its Map of prefetch segments through JSON unchanged", () => {
    const page = {
      kind: "APP_PAGE",
      html: "<p>teaser</p>",
      rscData: Buffer.from([0, 1, 2, 255]),
      headers: { "x-next-cache-tags": "_N_T_/layout,_N_T_/articles/a" },
      status: 200,
      postponed: undefined,
      segmentData: new Map([["/_tree", Buffer.from("tree")], ["/_full", Buffer.from("")]]),
    };
    const back = decodeCacheValue(encodeCacheValue({ value: page, cacheControl: { revalidate: 300, expire: 31536000 } })) as { value: typeof page };
    expect(back.value.html).toBe(page.html);
    expect(Buffer.isBuffer(back.value.rscData)).toBe(true);
    expect([...back.value.rscData]).toEqual([0, 1, 2, 255]);
    expect(back.value.segmentData).toBeInstanceOf(Map);
    expect([...back.value.segmentData.entries()].map(([k, v]) => [k, v.toString()])).toEqual([["/_tree", "tree"], ["/_full", ""]]);
    expect(back.value.headers).toEqual(page.headers);
  });

  it("keeps a Uint8Array view's own bytes only, and plain values and null as they are", () => {
    const whole = new Uint8Array([9, 9, 7, 8, 9, 9]);
    const body = new Uint8Array(whole.buffer, 2, 2);
    const back = decodeCacheValue(encodeCacheValue({ value: { kind: "APP_ROUTE", body }, n: null, list: [1, "a"] })) as { value: { body: Buffer }; n: null; list: unknown[] };
    expect([...back.value.body]).toEqual([7, 8]);
    expect(back.n).toBeNull();
    expect(back.list).toEqual([1, "a"]);
  });
});
