import postgres from "postgres";
import { freePort } from "../scripts/free-port";
import path from "node:path";
import type { DatasetSize } from "./data/dataset-shape";
import { prepareBenchDatabase } from "./data/prepare-bench-database";
import { cpuMsByPid, treeHwmMb, treeRssMb } from "./measure/process-stats";
import { startQueryCounter } from "./measure/query-counter";
import { runScenario, skippedFigures, type DatabaseProbe, type RunSettings, type ScenarioFigures } from "./run-scenario";
import type { Scenario } from "./scenarios";
import { startBenchServer } from "./server/bench-server";

export interface DatasetRun {
  size: DatasetSize;
  database: "postgres" | "pglite";
  scenarios: ScenarioFigures[];
  /** Peak of the server tree's summed RSS, sampled during the run. */
  rssPeakMb: number;
  rssAfterMb: number;
  /** Sum of each server process's own high-water mark. */
  rssHwmMb: number;
}

/** The production server serving one dataset, ready to run scenarios one at a time. */
export interface DatasetServer {
  size: DatasetSize;
  /** Where the server answers. */
  origin: string;
  /** The server's process (its tree's CPU time is what the figures count). */
  pid: number;
  run(scenario: Scenario, settings: RunSettings): Promise<ScenarioFigures>;
  /** Stops the server and returns everything measured on it. */
  finish(): Promise<DatasetRun>;
}

export const log = (line: string) => console.log(`[bench] ${line}`);

/** Runs a scenario between its database set-up and tear-down (which runs whatever happened). */
async function withDatabase(url: string, scenario: Scenario, body: (scenario: Scenario) => Promise<ScenarioFigures>): Promise<ScenarioFigures> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const requests = await scenario.database!.setUp(sql);
    return await body({ ...scenario, requests: requests ?? scenario.requests, database: undefined });
  } finally {
    await scenario.database!.tearDown(sql);
    await sql.end();
  }
}

/**
 * Generates (or reuses) a dataset, which is closed again before the server opens it
 * (PGlite has no inter-process lock), then serves it. On PostgreSQL the server talks
 * through a counting proxy, so queries per request are known.
 */
export async function startDatasetServer(size: DatasetSize, adminUrl: string | undefined, options: { profile: boolean; port: number | null }): Promise<DatasetServer> {
  log(`dataset: ${size.articles.toLocaleString("en")} articles, ${size.members.toLocaleString("en")} members…`);
  const database = await prepareBenchDatabase(size, adminUrl);
  log(`dataset ${database.reused ? "reused" : "generated"} (${database.kind}) in ${database.seconds.toFixed(1)} s`);
  const counter = database.env.DATABASE_URL ? await startQueryCounter(database.env.DATABASE_URL) : null;
  const probe: DatabaseProbe | null = counter && { cpuByPid: () => cpuMsByPid("postgres"), statements: () => counter.statements };
  const logFile = path.join(process.cwd(), "bench", "results", `server-${size.articles}.log`);
  const profileDir = options.profile ? path.join(process.cwd(), "bench", "results", "profiles", String(size.articles)) : null;
  const server = await startBenchServer({ port: options.port ?? (await freePort()), databaseEnv: counter ? { DATABASE_URL: counter.url } : database.env, logFile, profileDir }).catch(async (e: unknown) => {
    await counter?.close();
    throw e;
  });
  let rssPeakMb = treeRssMb(server.pid);
  const sampler = setInterval(() => (rssPeakMb = Math.max(rssPeakMb, treeRssMb(server.pid))), 250);
  const scenarios: ScenarioFigures[] = [];
  let warmed = false;

  const datasetServer: DatasetServer = {
    size,
    origin: server.origin,
    pid: server.pid,
    async run(scenario, settings) {
      if (scenario.database) {
        const url = database.env.DATABASE_URL;
        if (!url) return skippedFigures({ ...scenario, skipped: "needs PostgreSQL (its rows are written while the server runs)" });
        return withDatabase(url, scenario, (prepared) => datasetServer.run(prepared, settings));
      }
      // The first scenario also warms a cold server up (V8 compiles Next's request path then).
      const warmupSeconds = warmed || scenario.skipped ? settings.warmupSeconds : settings.warmupSeconds * 3;
      warmed ||= !scenario.skipped;
      // Figures from a server that died mid-scenario mean nothing (its CPU time vanished with it).
      const died = () => server.exitReason() && new Error(`the server ${server.exitReason()} during ${scenario.name}; see ${path.relative(process.cwd(), logFile)}`);
      const figures = await runScenario(scenario, server, { ...settings, warmupSeconds }, probe).catch((e: unknown) => {
        throw died() || e;
      });
      const error = died();
      if (error) throw error;
      scenarios.push(figures);
      return figures;
    },
    async finish() {
      clearInterval(sampler);
      const rssAfterMb = treeRssMb(server.pid);
      const rssHwmMb = treeHwmMb(server.pid);
      await server.stop();
      await counter?.close();
      return { size, database: database.kind, scenarios, rssPeakMb: Math.max(rssPeakMb, rssAfterMb), rssAfterMb, rssHwmMb };
    },
  };
  return datasetServer;
}
