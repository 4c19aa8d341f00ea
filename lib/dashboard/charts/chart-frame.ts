import { scaleBand, scaleLinear } from "d3-scale";

/** Drawing area of every dashboard chart (SVG user units; the SVG scales to its box). */
export const CHART = { width: 640, height: 240, top: 16, right: 110, bottom: 28, left: 56 } as const;

export interface Tick {
  at: number;
  label: string;
}

/** The month axis (bands, so bars and points share it) and a y axis from zero with nice ticks. */
export function chartFrame(months: readonly string[], maxValue: number, formatValue: (v: number) => string) {
  const x = scaleBand<string>().domain(months).range([CHART.left, CHART.width - CHART.right]).padding(0.2);
  const y = scaleLinear()
    .domain([0, Math.max(1, maxValue)])
    .nice()
    .range([CHART.height - CHART.bottom, CHART.top]);
  const xTicks: Tick[] = months.map((m) => ({ at: (x(m) ?? 0) + x.bandwidth() / 2, label: shortMonth(m) }));
  const yTicks: Tick[] = y.ticks(4).map((v) => ({ at: y(v), label: formatValue(v) }));
  return { x, y, xTicks, yTicks };
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2026-03" → "Mar" ("Jan 26" in January, so the year shows where it changes). */
export function shortMonth(month: string): string {
  const [year, m] = month.split("-");
  const name = MONTHS[Number(m) - 1] ?? month;
  return name === "Jan" ? `${name} ${year?.slice(2)}` : name;
}
