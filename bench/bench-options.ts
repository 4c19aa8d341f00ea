import type { DatasetSize } from "./data/dataset-shape";
import type { RunSettings } from "./run-scenario";

export interface BenchOptions {
  quick: boolean;
  /** The small dataset first, then the large one the targets and latest.json are about. */
  small: DatasetSize;
  large: DatasetSize;
  run: RunSettings;
  /** Server RSS budget (MB), on PostgreSQL. */
  rssTargetMb: number;
  /** Most a scenario's CPU per request may differ between the two datasets. */
  growthTarget: number;
}

/** `--quick`: small data and short runs for development; the full run fits in 10 minutes on 2 cores. */
export function parseBenchOptions(argv: string[]): BenchOptions {
  const unknown = argv.filter((a) => a !== "--quick");
  if (unknown.length > 0) throw new Error(`unknown option(s): ${unknown.join(" ")} (only --quick is known)`);
  const quick = argv.includes("--quick");
  return quick
    ? {
        quick,
        small: { articles: 200, members: 2_000 },
        large: { articles: 1_000, members: 5_000 },
        run: { connections: 32, warmupSeconds: 1, durationSeconds: 3, rounds: 3 },
        rssTargetMb: 400,
        growthTarget: 0.2,
      }
    : {
        quick,
        small: { articles: 1_000, members: 100_000 },
        large: { articles: 20_000, members: 100_000 },
        run: { connections: 32, warmupSeconds: 3, durationSeconds: 12, rounds: 3 },
        rssTargetMb: 400,
        growthTarget: 0.2,
      };
}
