import { describe, expect, it } from "vitest";
import { inBatches } from "./in-batches";

describe("inBatches", () => {
  it("covers every index once, in batches no larger than asked", async () => {
    const seen: number[] = [];
    const lengths: number[] = [];
    await inBatches(1_003, 100, 3, async (first, length) => {
      lengths.push(length);
      await new Promise((resolve) => setTimeout(resolve, (first * 7) % 5));
      for (let i = first; i < first + length; i++) seen.push(i);
    });
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 1_003 }, (_, i) => i));
    expect(Math.max(...lengths)).toBe(100);
    expect(lengths.filter((l) => l === 3)).toHaveLength(1);
  });

  it("keeps at most `concurrency` batches in flight", async () => {
    let inFlight = 0;
    let most = 0;
    await inBatches(50, 5, 3, async () => {
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 2));
      inFlight--;
    });
    expect(most).toBe(3);
  });

  it("does nothing for an empty range", async () => {
    let calls = 0;
    await inBatches(0, 10, 2, async () => void calls++);
    expect(calls).toBe(0);
  });
});
