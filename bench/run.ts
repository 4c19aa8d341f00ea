/**
 * `npm run bench [-- --quick | --scale] [--only=a,b] [--profile] [--port=N]`: builds the production server if
 * needed, then serves a small and then a large generated dataset (PostgreSQL at DATABASE_URL, else PGlite) with
 * the production server (server/serve.ts), drives every scenario with autocannon from a separate process, and
 * reports requests/s, latency, failures and the server's CPU time per request, each against its target; then
 * the editor's saves, cold-after-save and the quick start's memory.
 */
import path from "node:path";
import { buildIfNeeded } from "../scripts/build-if-needed";
import { parseBenchOptions, runs, type BenchOptions } from "./bench-options";
import { log, startDatasetServer, type DatasetRun, type DatasetServer } from "./dataset-server";
import { printDatasetTable, printGrowthTable, writeLatestJson } from "./report";
import type { ScenarioFigures } from "./run-scenario";
import { measureColdAfterSave, type ColdAfterSaveFigures } from "./measure/cold-after-save";
import { measureEditorSaves, type SaveFigures } from "./measure/editor-saves";
import { measureQuickStartMemory } from "./measure/quick-start-memory";
import { printColdAfterSave, printEditorSaves, printQuickStartMemory } from "./report-measurements";
import { buildScenarios } from "./scenarios";

function describe(server: DatasetServer, f: ScenarioFigures): string {
  const where = `${f.name} @ ${server.size.articles.toLocaleString("en")}`;
  if (f.skipped) return `${where}: ${f.skipped}`;
  return `${where}: ${f.requests} requests, ${f.rps.toFixed(0)} req/s, ${f.cpuMsPerRequest.toFixed(2)} ms CPU/req, ${f.non2xx + f.errors + f.timeouts} failed`;
}

/** Every scenario and measurement on one dataset's server. */
async function runOnServer(server: DatasetServer, options: BenchOptions, out: { saves: [number, SaveFigures][]; cold: [number, ColdAfterSaveFigures][] }): Promise<void> {
  const articles = server.size.articles;
  const scenarios = buildScenarios(articles).filter((s) => runs(options, s.name));
  for (const scenario of scenarios) log(describe(server, await server.run(scenario, options.run)));
  if (runs(options, "editor-save")) out.saves.push([articles, await measureEditorSaves(server.origin)]);
  if (runs(options, "cold-after-save")) {
    log(`cold-after-save @ ${articles.toLocaleString("en")}…`);
    out.cold.push([articles, await measureColdAfterSave(server, { readers: options.run.connections, seconds: options.quick ? 5 : 20 })]);
  }
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
  const datasetRuns: DatasetRun[] = [];
  const out = { saves: [] as [number, SaveFigures][], cold: [] as [number, ColdAfterSaveFigures][] };
  const onlyQuickStart = options.only?.every((n) => n === "quick-start-memory") ?? false;
  const sizes = onlyQuickStart ? [] : options.largeOnly ? [options.large] : [options.small, options.large];
  for (const size of sizes) {
    const server = await startDatasetServer(size, adminUrl, { profile: options.profile, port: options.port });
    let failure: unknown = null;
    try {
      await runOnServer(server, options, out);
    } catch (e) {
      failure = e;
    }
    // The server stops whatever happened, so no server outlives the benchmark.
    datasetRuns.push(await server.finish());
    if (failure) throw failure;
  }
  const [small, large] = datasetRuns;
  for (const run of datasetRuns) printDatasetTable(run, options);
  if (small && large) printGrowthTable(small, large, options);
  printEditorSaves(out.saves);
  printColdAfterSave(out.cold);
  const quickStart = runs(options, "quick-start-memory") ? await measureQuickStartMemory({ port: options.port }) : null;
  if (quickStart) printQuickStartMemory(quickStart);
  if (small && large) {
    const file = writeLatestJson(small, large, options, { saves: out.saves, cold: out.cold, quickStart });
    console.log(`\nwrote ${path.relative(process.cwd(), file)}`);
  }
  console.log(`\n${Math.round((Date.now() - started) / 1000)} s total${options.quick ? " (quick mode: figures are indicative only)" : ""}`);
}

main().catch((e: unknown) => {
  console.error("[bench] failed:", e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
