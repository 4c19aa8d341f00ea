import type { DatasetSize } from "./data/dataset-shape";
import type { RunSettings } from "./run-scenario";
import { SCENARIO_NAMES, type ScenarioName } from "./scenarios";

/** Measurements besides the load scenarios, printed after the tables; `--only` names them too. */
export const MEASUREMENT_NAMES = ["editor-save", "cold-after-save", "quick-start-memory"] as const;
export type MeasurementName = (typeof MEASUREMENT_NAMES)[number];
type Name = ScenarioName | MeasurementName;

export interface BenchOptions {
  quick: boolean;
  /** `--scale`: 20,000 articles, then 200,000 articles and 1,000,000 members (long: the dataset alone takes minutes). */
  scale: boolean;
  /** `--only a,b`: these scenarios and measurements alone (development; latest.json then holds only them). */
  only: Name[] | null;
  /** `--profile`: the server writes V8 CPU profiles to bench/results/profiles when it stops. */
  profile: boolean;
  /** `--large-only`: the large dataset alone (development: no growth table then). */
  largeOnly: boolean;
  /** `--port=N`: the bench server's port (default: one the system picks). */
  port: number | null;
  /** The small dataset first, then the large one the targets and latest.json are about. */
  small: DatasetSize;
  large: DatasetSize;
  run: RunSettings;
  /** Server RSS budget (MB), on PostgreSQL. */
  rssTargetMb: number;
  /** Most a scenario's CPU per request may differ between the two datasets. */
  growthTarget: number;
}

export function runs(options: Pick<BenchOptions, "only">, name: Name): boolean {
  return !options.only || options.only.includes(name);
}

const KNOWN = "--quick, --scale, --only=a,b, --large-only, --profile, --port=N";

/** `--quick`: small data and short runs for development; the full run fits in 10 minutes on 2 cores. */
export function parseBenchOptions(argv: string[]): BenchOptions {
  let only: Name[] | null = null;
  let port: number | null = null;
  const unknown: string[] = [];
  const names: readonly string[] = [...SCENARIO_NAMES, ...MEASUREMENT_NAMES];
  for (const arg of argv) {
    if (arg === "--quick" || arg === "--profile" || arg === "--scale" || arg === "--large-only") continue;
    if (arg.startsWith("--only=")) {
      const wanted = arg.slice("--only=".length).split(",");
      const wrong = wanted.filter((n) => !names.includes(n));
      if (wrong.length > 0 || wanted.length === 0) throw new Error(`--only: unknown scenario(s) ${wrong.join(", ")}; known: ${names.join(", ")}`);
      only = wanted as Name[];
    } else if (arg.startsWith("--port=")) {
      port = Number(arg.slice("--port=".length));
      if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new Error(`--port: not a port: ${arg}`);
    } else unknown.push(arg);
  }
  if (unknown.length > 0) throw new Error(`unknown option(s): ${unknown.join(" ")} (known: ${KNOWN})`);
  const quick = argv.includes("--quick");
  const scale = argv.includes("--scale");
  if (quick && scale) throw new Error("--quick and --scale do not go together");
  const profile = argv.includes("--profile");
  const common = { quick, scale, only, profile, port, largeOnly: argv.includes("--large-only"), growthTarget: 0.2 };
  if (quick) {
    return {
      ...common,
      small: { articles: 200, members: 2_000 },
      large: { articles: 1_000, members: 5_000 },
      run: { connections: 32, warmupSeconds: 1, durationSeconds: 3, rounds: 3 },
      rssTargetMb: 250,
    };
  }
  return {
    ...common,
    small: scale ? { articles: 20_000, members: 100_000 } : { articles: 1_000, members: 100_000 },
    large: scale ? { articles: 200_000, members: 1_000_000 } : { articles: 20_000, members: 100_000 },
    run: { connections: 32, warmupSeconds: 3, durationSeconds: 12, rounds: 3 },
    rssTargetMb: 250,
  };
}
