/**
 * `npm run bench [-- --quick] [--only=a,b] [--profile]`: builds the production server if needed, then serves a
 * small and then a large generated dataset (PostgreSQL at DATABASE_URL, else PGlite) with
 * the production server (server/serve.ts), drives every scenario with autocannon from a separate process, and
 * reports requests/s, latency, failures and the server's CPU time per request.
 */
import path from "node:path";
import { buildIfNeeded } from "../scripts/build-if-needed";
import { parseBenchOptions } from "./bench-options";
import { log, startDatasetServer, type DatasetRun, type DatasetServer } from "./dataset-server";
import { printDatasetTable, printGrowthTable, writeLatestJson } from "./report";
import type { ScenarioFigures } from "./run-scenario";
import { measureEditorSaves, SAVE_TARGET_P95_MS, type SaveFigures } from "./measure/editor-saves";
import { buildScenarios } from "./scenarios";

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
  await buildIfNeeded(env);

  const adminUrl = process.env.DATABASE_URL;
  // One size after the other, never side by side: both sizes use the same pages (slugs),
  // and Next writes rendered pages under .next/, which two servers would share.
  const runs: DatasetRun[] = [];
  const saves: [number, SaveFigures][] = [];
  for (const size of [options.small, options.large]) {
    const server = await startDatasetServer(size, adminUrl, { profile: options.profile });
    let failure: unknown = null;
    try {
      const scenarios = buildScenarios(size.articles).filter((s) => !options.only || options.only.includes(s.name));
      for (const scenario of scenarios) log(describe(server, await server.run(scenario, options.run)));
      if (!options.only) saves.push([server.size.articles, await measureEditorSaves(server.origin)]);
    } catch (e) {
      failure = e;
    }
    // The server stops whatever happened, so no server outlives the benchmark.
    runs.push(await server.finish());
    if (failure) throw failure;
  }
  const [small, large] = runs;
  if (!small || !large) throw new Error("a dataset server did not start");
  printDatasetTable(small, options);
  printDatasetTable(large, options);
  printGrowthTable(small, large, options);
  for (const [articles, f] of saves) {
    const result = f.failed === 0 && f.p95Ms <= SAVE_TARGET_P95_MS ? "PASS" : "FAIL";
    console.log(
      `editor-save @ ${articles.toLocaleString("en")} articles: ${f.saves} saves, p50 ${f.p50Ms.toFixed(0)} ms, p95 ${f.p95Ms.toFixed(0)} ms, max ${f.maxMs.toFixed(0)} ms, ${f.failed} failed (target p95 ≤ ${SAVE_TARGET_P95_MS} ms, purge included): ${result}`,
    );
  }
  const file = writeLatestJson(small, large, options);
  console.log(`\nwrote ${path.relative(process.cwd(), file)} in ${Math.round((Date.now() - started) / 1000)} s total${options.quick ? " (quick mode: figures are indicative only)" : ""}`);
}

main().catch((e: unknown) => {
  console.error("[bench] failed:", e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
