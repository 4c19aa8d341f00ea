import type { BarChartGeometry, BarPattern } from "@/lib/dashboard/charts/bar-chart";
import { ChartAxes } from "./chart-axes";

const fills = (id: string): Record<BarPattern, string> => ({ solid: "currentColor", hatch: `url(#${id}-hatch)`, dots: `url(#${id}-dots)` });

/** A server-rendered grouped bar chart: series told apart by fill pattern and a legend; each bar carries its value. */
export function BarChartSvg({ chart, title, id }: { chart: BarChartGeometry; title: string; id: string }) {
  const FILL = fills(id);
  return (
    <svg viewBox={`0 0 ${chart.width} ${chart.height}`} role="img" aria-label={title} className="dash-chart">
      <title>{title}</title>
      <defs>
        <pattern id={`${id}-hatch`} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1={0} y1={0} x2={0} y2={6} stroke="currentColor" strokeWidth={2} />
        </pattern>
        <pattern id={`${id}-dots`} width={5} height={5} patternUnits="userSpaceOnUse">
          <circle cx={2.5} cy={2.5} r={1.2} fill="currentColor" />
        </pattern>
      </defs>
      <ChartAxes chart={chart} />
      {chart.bars.map((b, i) => (
        <g key={i}>
          <rect x={b.x} y={b.y} width={b.width} height={b.height} fill={FILL[b.pattern]} stroke="currentColor">
            <title>{b.title}</title>
          </rect>
          {b.label !== "0" && (
            <text x={b.x + b.width / 2} y={b.y - 3} textAnchor="middle" fontSize={9}>
              {b.label}
            </text>
          )}
        </g>
      ))}
      <g fontSize={11}>
        {chart.series.map((s, i) => (
          <g key={s.label} transform={`translate(${chart.width - 100}, ${20 + i * 18})`}>
            <rect width={12} height={12} fill={FILL[s.pattern]} stroke="currentColor" />
            <text x={18} y={10}>
              {s.label}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
