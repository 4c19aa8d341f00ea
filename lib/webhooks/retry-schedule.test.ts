import { describe, expect, it } from "vitest";
import { GIVE_UP_AFTER_MS, nextRetryDelay } from "./retry-schedule";

const MIN = 60_000;

describe("nextRetryDelay", () => {
  it("doubles from one minute", () => {
    expect([1, 2, 3, 4, 5].map(nextRetryDelay)).toEqual([1 * MIN, 2 * MIN, 4 * MIN, 8 * MIN, 16 * MIN]);
  });

  it("gives up once the next retry would fall past a day after the first attempt", () => {
    expect(nextRetryDelay(10)).toBe(512 * MIN);
    expect(nextRetryDelay(11)).toBeNull();
    let elapsed = 0;
    for (let n = 1; nextRetryDelay(n) !== null; n++) elapsed += nextRetryDelay(n)!;
    expect(elapsed).toBeLessThanOrEqual(GIVE_UP_AFTER_MS);
    expect(elapsed).toBeGreaterThan(GIVE_UP_AFTER_MS / 2);
  });
});
