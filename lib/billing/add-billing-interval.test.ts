import { describe, expect, it } from "vitest";
import { addBillingInterval } from "./add-billing-interval";

const at = (iso: string) => Math.floor(Date.parse(iso) / 1000);
const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

describe("addBillingInterval", () => {
  it.each([
    ["2027-01-31T10:00:00Z", "month", 1, "2027-02-28T10:00:00.000Z"],
    ["2028-01-31T10:00:00Z", "month", 1, "2028-02-29T10:00:00.000Z"],
    ["2027-03-31T00:00:00Z", "month", 1, "2027-04-30T00:00:00.000Z"],
    ["2027-01-15T08:30:00Z", "month", 3, "2027-04-15T08:30:00.000Z"],
    ["2028-02-29T12:00:00Z", "year", 1, "2029-02-28T12:00:00.000Z"],
    ["2027-12-31T23:00:00Z", "month", 1, "2028-01-31T23:00:00.000Z"],
    ["2027-01-01T00:00:00Z", "week", 2, "2027-01-15T00:00:00.000Z"],
  ])("%s + %i %s", (start, interval, count, end) => {
    expect(iso(addBillingInterval(at(start), interval as string, count as number))).toBe(end);
  });

  it("refuses an interval Stripe does not have", () => {
    expect(() => addBillingInterval(0, "fortnight")).toThrow(/Unsupported/);
  });
});
