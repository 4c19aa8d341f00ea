import type { DatasetSize } from "./data/dataset-shape";
import type { RunSettings } from "./run-scenario";
import { SCENARIO_NAMES, type ScenarioName } from "./scenarios";

export interface BenchOptions {
  quick: boolean;
  /** `--only a,b`: these scenarios alone (development; latest.json then holds only them). */
  only: ScenarioName[] | null;
  /** `--profile`: the server writes V8 CPU profiles to bench/results/profiles when it stops. */
  profile: boolean;
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
  let only: ScenarioName[] | null = null;
  const unknown: string[] = [];
  for (const arg of argv) {
    if (arg === "--quick" || arg === "--profile") continue;
    if (arg.startsWith("--only=")) {
      const names = arg.slice("--only=".length).split(",");
      const wrong = names.filter((n) => !(SCENARIO_NAMES as readonly string[]).includes(n));
      if (wrong.length > 0 || names.length === 0) throw new Error(`--only: unknown scenario(s) ${wrong.join(", ")}; known: ${SCENARIO_NAMES.join(", ")}`);
      only = names as ScenarioName[];
    } else unknown.push(arg);
  }
  if (unknown.length > 0) throw new Error(`unknown option(s): ${unknown.join(" ")} (known: --quick, --only=a,b, --profile)`);
  const quick = argv.includes("--quick");
  const profile = argv.includes("--profile");
  return quick
    ? {
        quick,
        only,
        profile,
        small: { articles: 200, members: 2_000 },
        large: { articles: 1_000, members: 5_000 },
        run: { connections: 32, warmupSeconds: 1, durationSeconds: 3, rounds: 3 },
        rssTargetMb: 400,
        growthTarget: 0.2,
      }
    : {
        quick,
        only,
        profile,
        small: { articles: 1_000, members: 100_000 },
        large: { articles: 20_000, members: 100_000 },
        run: { connections: 32, warmupSeconds: 3, durationSeconds: 12, rounds: 3 },
        rssTargetMb: 400,
        growthTarget: 0.2,
      };
}
