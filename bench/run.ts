/**
 * `npm run bench [-- --quick]`: builds the production server if needed, then serves a
 * small and a large generated dataset (PostgreSQL at DATABASE_URL, else PGlite) with one
 * `next start` each, drives every scenario with autocannon from a separate process, and
 * reports requests/s, latency, failures and the server's CPU time per request.
 */
import path from "node:path";
import { buildIfNeeded } from "../scripts/build-if-needed";
import { parseBenchOptions } from "./bench-options";
import { log, startDatasetServer, type DatasetServer } from "./dataset-server";
import { printDatasetTable, printGrowthTable, writeLatestJson } from "./report";
import type { ScenarioFigures } from "./run-scenario";
import { SCENARIO_NAMES, buildScenarios } from "./scenarios";

function describe(server: DatasetServer, f: ScenarioFigures): string {
  const where = `${f.name} @ ${server.size.articles.toLocaleString("en")}`;
  if (f.skipped) return `${where}: ${f.skipped}`;
  return `${where}: ${f.requests} requests, ${f.rps.toFixed(0)} req/s, ${f.cpuMsPerRequest.toFixed(2)} ms CPU/req, ${f.non2xx + f.errors + f.timeouts} failed`;
}

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  const started = Date.now();
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  Object.assign(process.env, env);
  buildIfNeeded(env);

  const adminUrl = process.env.DATABASE_URL;
  const servers: DatasetServer[] = [];
  let failure: unknown = null;
  try {
    servers.push(await startDatasetServer(options.small, adminUrl));
    servers.push(await startDatasetServer(options.large, adminUrl));
    // Both servers run side by side and each scenario runs on one right after the other,
    // so a change in the machine's background load hits both sizes alike.
    for (const name of SCENARIO_NAMES) {
      for (const server of servers) {
        const scenario = buildScenarios(server.size.articles).find((s) => s.name === name)!;
        log(describe(server, await server.run(scenario, options.run)));
      }
    }
  } catch (e) {
    failure = e;
  }
  // Servers stop whatever happened, so no next start outlives the benchmark.
  const runs = await Promise.all(servers.map((s) => s.finish()));
  if (failure) throw failure;
  const [small, large] = runs;
  if (!small || !large) throw new Error("a dataset server did not start");
  printDatasetTable(small, options);
  printDatasetTable(large, options);
  printGrowthTable(small, large, options);
  const file = writeLatestJson(small, large, options);
  console.log(`\nwrote ${path.relative(process.cwd(), file)} in ${Math.round((Date.now() - started) / 1000)} s total${options.quick ? " (quick mode: figures are indicative only)" : ""}`);
}

main().catch((e: unknown) => {
  console.error("[bench] failed:", e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
