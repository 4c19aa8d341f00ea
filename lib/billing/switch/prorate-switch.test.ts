import { describe, expect, it } from "vitest";
import { prorateSwitch } from "./prorate-switch";

const month = (amount: number) => ({ amount, interval: "month" as const });
const period = { periodStart: 0, periodEnd: 30 * 86_400 };

describe("prorateSwitch", () => {
  it("charges the difference for the time left on the same interval", () => {
    expect(prorateSwitch({ from: month(900), to: month(1600), ...period, at: 15 * 86_400, trialing: false })).toBe(350);
    expect(prorateSwitch({ from: month(900), to: month(1600), ...period, at: 0, trialing: false })).toBe(700);
  });
  it("charges nothing for a downgrade or during a trial", () => {
    expect(prorateSwitch({ from: month(1600), to: month(900), ...period, at: 10, trialing: false })).toBe(0);
    expect(prorateSwitch({ from: month(900), to: month(1600), ...period, at: 10, trialing: true })).toBe(0);
  });
  it("restarts the period on another interval: the new price less the unused old one", () => {
    expect(prorateSwitch({ from: month(1600), to: { amount: 24000, interval: "year" }, ...period, at: 15 * 86_400, trialing: false })).toBe(23200);
  });
});
