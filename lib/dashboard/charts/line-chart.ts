import { line } from "d3-shape";
import type { Locale } from "@/lib/i18n/locales";
import { chartFrame, CHART, type Tick } from "./chart-frame";

export interface LineSeries {
  label: string;
  values: readonly number[];
}

export interface LineChartGeometry {
  width: number;
  height: number;
  xTicks: Tick[];
  yTicks: Tick[];
  baseline: number;
  lines: { label: string; d: string; points: { x: number; y: number; value: number }[]; end: { x: number; y: number }; dash: string; marker: MarkerShape }[];
}

export type MarkerShape = "circle" | "square" | "triangle" | "diamond";

/** Without colour the lines still differ: each has its own dash pattern and point marker, and its name at its end. */
const DASHES = ["", "6 3", "2 3", "8 3 2 3"];
const MARKERS: MarkerShape[] = ["circle", "square", "triangle", "diamond"];

/** The geometry of a line chart over months (d3-scale for the axes, d3-shape for the paths). */
export function lineChart(months: readonly string[], series: readonly LineSeries[], formatValue: (v: number) => string, locale: Locale = "en"): LineChartGeometry {
  const max = Math.max(0, ...series.flatMap((s) => s.values));
  const { x, y, xTicks, yTicks } = chartFrame(months, max, formatValue, locale);
  const half = x.bandwidth() / 2;
  const endLabels = spreadLabels(series.map((s) => y(s.values.at(-1) ?? 0)));
  return {
    width: CHART.width,
    height: CHART.height,
    xTicks,
    yTicks,
    baseline: y(0),
    lines: series.map((s, i) => {
      const points = s.values.map((value, k) => ({ x: (x(months[k] ?? "") ?? 0) + half, y: y(value), value }));
      const d = line<{ x: number; y: number }>()
        .x((p) => p.x)
        .y((p) => p.y)(points);
      const last = points.at(-1) ?? { x: CHART.left, y: y(0) };
      return { label: s.label, d: d ?? "", points, end: { x: last.x + 8, y: endLabels[i] ?? last.y }, dash: DASHES[i % DASHES.length]!, marker: MARKERS[i % MARKERS.length]! };
    }),
  };
}

/** Moves end labels apart (at least 12 units) so names of lines ending close together stay readable. */
function spreadLabels(ys: number[]): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  for (let k = 1; k < order.length; k++) {
    const prev = order[k - 1]!;
    const cur = order[k]!;
    if (cur.y - prev.y < 12) cur.y = prev.y + 12;
  }
  const out = [...ys];
  for (const o of order) out[o.i] = o.y;
  return out;
}
