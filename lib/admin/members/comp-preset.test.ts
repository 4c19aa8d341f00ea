import { describe, expect, it } from "vitest";
import { compPresetBody, compPresetLevel } from "./comp-preset";

describe("one-click comp", () => {
  it("runs to the end of the day N days ahead (UTC), at the highest plan level", () => {
    expect(compPresetBody(2, 30, new Date("2026-12-03T23:30:00Z"))).toEqual({ action: "set-comp", level: "2", until: "2027-01-02", reason: "Complimentary for 30 days (one click)" });
    expect(compPresetLevel([1, 3, 2])).toBe(3);
    expect(compPresetLevel([])).toBe(1);
  });
});
