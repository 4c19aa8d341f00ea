import type { Tick } from "@/lib/dashboard/charts/chart-frame";

/** Gridlines with value labels (y) and month labels (x). */
export function ChartAxes({ chart }: { chart: { width: number; xTicks: Tick[]; yTicks: Tick[]; baseline: number } }) {
  return (
    <g className="dash-axes" fontSize={10}>
      {chart.yTicks.map((t) => (
        <g key={t.label}>
          <line x1={56} x2={chart.width - 110} y1={t.at} y2={t.at} stroke="currentColor" strokeOpacity={0.15} />
          <text x={50} y={t.at} textAnchor="end" dominantBaseline="middle">
            {t.label}
          </text>
        </g>
      ))}
      <line x1={56} x2={chart.width - 110} y1={chart.baseline} y2={chart.baseline} stroke="currentColor" />
      {chart.xTicks.map((t) => (
        <text key={t.label + t.at} x={t.at} y={chart.baseline + 16} textAnchor="middle">
          {t.label}
        </text>
      ))}
    </g>
  );
}
