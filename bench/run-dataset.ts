import { createServer } from "node:net";
import path from "node:path";
import type { DatasetSize } from "./data/dataset-shape";
import { prepareBenchDatabase } from "./data/prepare-bench-database";
import { cpuMsByName, treeHwmMb, treeRssMb } from "./measure/process-stats";
import { startQueryCounter, type QueryCounter } from "./measure/query-counter";
import { runScenario, type DatabaseProbe, type RunSettings, type ScenarioFigures } from "./run-scenario";
import { buildScenarios } from "./scenarios";
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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

const log = (line: string) => console.log(`[bench] ${line}`);

/** Generates (or reuses) a dataset, serves it with `next start` and runs every scenario on it. */
export async function runDataset(size: DatasetSize, settings: RunSettings, adminUrl: string | undefined): Promise<DatasetRun> {
  log(`dataset: ${size.articles.toLocaleString("en")} articles, ${size.members.toLocaleString("en")} members…`);
  const database = await prepareBenchDatabase(size, adminUrl);
  log(`dataset ${database.reused ? "reused" : "generated"} (${database.kind}) in ${database.seconds.toFixed(1)} s`);
  // On PostgreSQL the server talks through a counting proxy, so queries per request are known.
  const counter: QueryCounter | null = database.env.DATABASE_URL ? await startQueryCounter(database.env.DATABASE_URL) : null;
  const probe: DatabaseProbe | null = counter && { cpuMs: () => cpuMsByName("postgres"), statements: () => counter.statements };
  const logFile = path.join(process.cwd(), "bench", "results", `server-${size.articles}.log`);
  const server = await startBenchServer({ port: await freePort(), databaseEnv: counter ? { DATABASE_URL: counter.url } : database.env, logFile }).catch(async (e: unknown) => {
    await counter?.close();
    throw e;
  });
  let rssPeakMb = treeRssMb(server.pid);
  const sampler = setInterval(() => (rssPeakMb = Math.max(rssPeakMb, treeRssMb(server.pid))), 250);
  try {
    const scenarios: ScenarioFigures[] = [];
    for (const [i, scenario] of buildScenarios(size.articles).entries()) {
      // The first scenario also warms a cold server up (V8 compiles Next's request path then).
      const warmupSeconds = i === 0 ? settings.warmupSeconds * 3 : settings.warmupSeconds;
      // Figures from a server that died mid-scenario mean nothing (its CPU time vanished with it).
      const died = () => server.exitReason() && new Error(`next start ${server.exitReason()} during ${scenario.name}; see ${path.relative(process.cwd(), logFile)}`);
      const figures = await runScenario(scenario, server, { ...settings, warmupSeconds }, probe).catch((e: unknown) => {
        throw died() || e;
      });
      const error = died();
      if (error) throw error;
      log(
        figures.skipped
          ? `${scenario.name}: ${figures.skipped}`
          : `${scenario.name}: ${figures.requests} requests, ${figures.rps.toFixed(0)} req/s, ${figures.cpuMsPerRequest.toFixed(2)} ms CPU/req, ${figures.non2xx + figures.errors + figures.timeouts} failed`,
      );
      scenarios.push(figures);
    }
    const rssAfterMb = treeRssMb(server.pid);
    return { size, database: database.kind, scenarios, rssPeakMb: Math.max(rssPeakMb, rssAfterMb), rssAfterMb, rssHwmMb: treeHwmMb(server.pid) };
  } finally {
    clearInterval(sampler);
    await server.stop();
    await counter?.close();
  }
}
