import { describe, expect, it } from "vitest";
import { barChart } from "./bar-chart";
import { shortMonth } from "./chart-frame";
import { lineChart } from "./line-chart";

const MONTHS = ["2025-12", "2026-01", "2026-02"];

describe("dashboard chart geometry", () => {
  it("lines differ without colour: own dash and marker, named at their end, labels kept apart", () => {
    const chart = lineChart(MONTHS, [
      { label: "Free", values: [10, 20, 30] },
      { label: "Paying", values: [10, 20, 30] },
    ], String);
    const [free, paying] = chart.lines;
    expect(free!.dash).not.toBe(paying!.dash);
    expect(free!.marker).not.toBe(paying!.marker);
    expect(free!.d.startsWith("M")).toBe(true);
    expect(Math.abs(free!.end.y - paying!.end.y)).toBeGreaterThanOrEqual(12);
    // Higher values are drawn higher (smaller y), from a baseline at zero.
    expect(free!.points[2]!.y).toBeLessThan(free!.points[0]!.y);
    expect(chart.baseline).toBeGreaterThan(free!.points[0]!.y);
  });

  it("bars carry their value and a pattern per series; an empty chart still has an axis", () => {
    const chart = barChart(MONTHS, [
      { label: "New", values: [1, 0, 4] },
      { label: "Churned", values: [0, 2, 1], labels: ["a", "b", "c"] },
    ], String);
    expect(chart.series.map((s) => s.pattern)).toEqual(["solid", "hatch"]);
    expect(chart.bars.map((b) => b.label)).toEqual(["1", "a", "0", "b", "4", "c"]);
    expect(chart.bars[1]!.title).toBe("Churned, 2025-12: a");
    const empty = barChart(MONTHS, [{ label: "New", values: [0, 0, 0] }], String);
    expect(empty.yTicks.length).toBeGreaterThan(0);
    expect(empty.bars.every((b) => b.height === 0)).toBe(true);
  });

  it("month labels show the year where it changes", () => {
    expect(MONTHS.map((m) => shortMonth(m, "en"))).toEqual(["Dec", "Jan 26", "Feb"]);
    expect(MONTHS.map((m) => shortMonth(m, "fr"))).toEqual(["déc.", "janv. 26", "févr."]);
  });

  it("a French chart names its months in French on the axis", () => {
    const chart = barChart(MONTHS, [{ label: "Nouveaux", values: [1, 2, 3] }], String, "fr");
    expect(chart.xTicks.map((t) => t.label)).toEqual(["déc.", "janv. 26", "févr."]);
  });
});
