import { describe, expect, it } from "vitest";
import { seededRandom } from "../data/synthetic-text";
import { createZipfSampler, zipfHeadShare } from "./zipf-sampler";

describe("createZipfSampler", () => {
  it("draws ranks in range, rank k about 1/(k+1) as often as rank 0 when s = 1", () => {
    const n = 1000;
    const draw = createZipfSampler(n, 1, seededRandom(7));
    const counts = new Array<number>(n).fill(0);
    const draws = 200_000;
    let outside = 0;
    for (let i = 0; i < draws; i++) {
      const k = draw();
      if (k < 0 || k >= n || !Number.isInteger(k)) outside++;
      else counts[k]!++;
    }
    expect(outside).toBe(0);
    const harmonic = Array.from({ length: n }, (_, k) => 1 / (k + 1)).reduce((a, b) => a + b, 0);
    for (const k of [0, 1, 4, 9]) expect(counts[k]! / draws).toBeCloseTo(1 / (k + 1) / harmonic, 2);
    // The tail is reached: a long-tail scenario must visit old pieces too.
    expect(counts.slice(500).reduce((a, b) => a + b, 0)).toBeGreaterThan(draws * 0.05);
  });

  it("is uniform with s = 0 and always rank 0 with one rank", () => {
    const uniform = createZipfSampler(4, 0, seededRandom(3));
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 40_000; i++) counts[uniform()]!++;
    for (const c of counts) expect(c / 40_000).toBeCloseTo(0.25, 1);
    const one = createZipfSampler(1, 1, seededRandom(1));
    expect(one()).toBe(0);
  });

  it("is the same sequence for the same seed", () => {
    const a = createZipfSampler(500, 1, seededRandom(11));
    const b = createZipfSampler(500, 1, seededRandom(11));
    expect(Array.from({ length: 50 }, a)).toEqual(Array.from({ length: 50 }, b));
  });

  it("refuses an empty range and a negative exponent", () => {
    expect(() => createZipfSampler(0, 1, Math.random)).toThrow(/at least one rank/);
    expect(() => createZipfSampler(10, -1, Math.random)).toThrow(/zero or more/);
  });
});

describe("zipfHeadShare", () => {
  it("is the head's share of the harmonic sum", () => {
    expect(zipfHeadShare(3, 1, 1)).toBeCloseTo(1 / (1 + 1 / 2 + 1 / 3), 10);
    expect(zipfHeadShare(10, 1, 10)).toBe(1);
  });
});
