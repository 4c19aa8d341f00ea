import { describe, expect, it } from "vitest";
import { formatDate } from "./format-date";

describe("formatDate", () => {
  it("writes the day as Brussels sees it, in the site's language", () => {
    const lateUtc = new Date("2026-12-08T23:30:00Z");
    expect(formatDate(lateUtc)).toBe("9 December 2026");
    expect(formatDate(lateUtc, "fr")).toBe("9 décembre 2026");
  });
});
