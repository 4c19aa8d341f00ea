import { scaleBand, scaleLinear } from "d3-scale";
import type { Locale } from "@/lib/i18n/locales";

/** Drawing area of every dashboard chart (SVG user units; the SVG scales to its box). */
export const CHART = { width: 640, height: 240, top: 16, right: 110, bottom: 28, left: 56 } as const;

export interface Tick {
  at: number;
  label: string;
}

/** The month axis (bands, so bars and points share it) and a y axis from zero with nice ticks. */
export function chartFrame(months: readonly string[], maxValue: number, formatValue: (v: number) => string, locale: Locale = "en") {
  const x = scaleBand<string>().domain(months).range([CHART.left, CHART.width - CHART.right]).padding(0.2);
  const y = scaleLinear()
    .domain([0, Math.max(1, maxValue)])
    .nice()
    .range([CHART.height - CHART.bottom, CHART.top]);
  const xTicks: Tick[] = months.map((m) => ({ at: (x(m) ?? 0) + x.bandwidth() / 2, label: shortMonth(m, locale) }));
  const yTicks: Tick[] = y.ticks(4).map((v) => ({ at: y(v), label: formatValue(v) }));
  return { x, y, xTicks, yTicks };
}

/** Written out rather than from Intl: en-GB's "Sept" would not fit the axis's three letters. */
const MONTHS: Record<Locale, readonly string[]> = {
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  fr: ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
};

/** "2026-03" → "Mar" / "mars" ("Jan 26" / "janv. 26" in January, so the year shows where it changes). */
export function shortMonth(month: string, locale: Locale = "en"): string {
  const [year, m] = month.split("-");
  const index = Number(m) - 1;
  const name = MONTHS[locale][index] ?? month;
  return index === 0 ? `${name} ${year?.slice(2)}` : name;
}
