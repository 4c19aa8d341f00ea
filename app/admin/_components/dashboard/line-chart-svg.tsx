import type { LineChartGeometry, MarkerShape } from "@/lib/dashboard/charts/line-chart";
import { ChartAxes } from "./chart-axes";

function Marker({ shape, x, y }: { shape: MarkerShape; x: number; y: number }) {
  switch (shape) {
    case "circle":
      return <circle cx={x} cy={y} r={3.5} />;
    case "square":
      return <rect x={x - 3.5} y={y - 3.5} width={7} height={7} />;
    case "triangle":
      return <polygon points={`${x},${y - 4.5} ${x + 4.5},${y + 3.5} ${x - 4.5},${y + 3.5}`} />;
    case "diamond":
      return <polygon points={`${x},${y - 5} ${x + 5},${y} ${x},${y + 5} ${x - 5},${y}`} />;
  }
}

/** A server-rendered line chart: each line has its own dash and marker and is named at its end. */
export function LineChartSvg({ chart, title }: { chart: LineChartGeometry; title: string }) {
  return (
    <svg viewBox={`0 0 ${chart.width} ${chart.height}`} role="img" aria-label={title} className="dash-chart">
      <title>{title}</title>
      <ChartAxes chart={chart} />
      {chart.lines.map((l) => (
        <g key={l.label} className="dash-line" fill="currentColor">
          <path d={l.d} fill="none" stroke="currentColor" strokeWidth={2} strokeDasharray={l.dash || undefined} />
          {l.points.map((p, i) => (
            <Marker key={i} shape={l.marker} x={p.x} y={p.y} />
          ))}
          <text x={l.end.x} y={l.end.y} dominantBaseline="middle" fontSize={11}>
            {l.label}
          </text>
        </g>
      ))}
    </svg>
  );
}
