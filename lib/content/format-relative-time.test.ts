import { describe, expect, it } from "vitest";
import { formatRelativeTime } from "./format-relative-time";

const now = new Date("2026-12-02T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

describe("formatRelativeTime", () => {
  it.each([
    [ago(10_000), "just now"],
    [ago(5 * 60_000), "5 minutes ago"],
    [ago(2 * 3_600_000), "2 hours ago"],
    [ago(86_400_000), "yesterday"],
    [ago(3 * 86_400_000), "3 days ago"],
    [ago(14 * 86_400_000), "2 weeks ago"],
    [ago(400 * 86_400_000), "last year"],
    [new Date(now.getTime() + 3 * 86_400_000), "in 3 days"],
  ])("says %s as %s", (date, expected) => {
    expect(formatRelativeTime(date, now)).toBe(expected);
  });
});
