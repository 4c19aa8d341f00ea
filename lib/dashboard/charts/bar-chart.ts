import { scaleBand } from "d3-scale";
import type { Locale } from "@/lib/i18n/locales";
import { chartFrame, CHART, type Tick } from "./chart-frame";

export interface BarSeries {
  label: string;
  values: readonly number[];
  /** The text above each bar (default: the value). */
  labels?: readonly string[];
}

/** Bars are told apart by fill pattern (solid, hatched, dotted), not by colour; each carries its value. */
export type BarPattern = "solid" | "hatch" | "dots";
const PATTERNS: BarPattern[] = ["solid", "hatch", "dots"];

export interface BarChartGeometry {
  width: number;
  height: number;
  xTicks: Tick[];
  yTicks: Tick[];
  baseline: number;
  series: { label: string; pattern: BarPattern }[];
  bars: { x: number; y: number; width: number; height: number; pattern: BarPattern; label: string; title: string }[];
}

/** Grouped bars per month. */
export function barChart(months: readonly string[], series: readonly BarSeries[], formatValue: (v: number) => string, locale: Locale = "en"): BarChartGeometry {
  const max = Math.max(0, ...series.flatMap((s) => s.values));
  const { x, y, xTicks, yTicks } = chartFrame(months, max, formatValue, locale);
  const inner = scaleBand<number>()
    .domain(series.map((_, i) => i))
    .range([0, x.bandwidth()])
    .padding(0.08);
  const bars = months.flatMap((month, k) =>
    series.map((s, i) => {
      const value = s.values[k] ?? 0;
      const top = y(value);
      return {
        x: (x(month) ?? 0) + (inner(i) ?? 0),
        y: top,
        width: inner.bandwidth(),
        height: Math.max(0, y(0) - top),
        pattern: PATTERNS[i % PATTERNS.length]!,
        label: s.labels?.[k] ?? formatValue(value),
        title: `${s.label}, ${month}: ${s.labels?.[k] ?? formatValue(value)}`,
      };
    }),
  );
  return { width: CHART.width, height: CHART.height, xTicks, yTicks, baseline: y(0), series: series.map((s, i) => ({ label: s.label, pattern: PATTERNS[i % PATTERNS.length]! })), bars };
}
