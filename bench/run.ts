/**
 * `npm run bench [-- --quick]`: builds the production server if needed, then for a small
 * and a large generated dataset (PostgreSQL at DATABASE_URL, else PGlite) starts
 * `next start`, drives every scenario with autocannon from a separate process, and
 * reports requests/s, latency, failures and the server's CPU time per request.
 */
import path from "node:path";
import { buildIfNeeded } from "../scripts/build-if-needed";
import { parseBenchOptions } from "./bench-options";
import { printDatasetTable, printGrowthTable, writeLatestJson } from "./report";
import { runDataset } from "./run-dataset";

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  const started = Date.now();
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  Object.assign(process.env, env);
  buildIfNeeded(env);

  const adminUrl = process.env.DATABASE_URL;
  const small = await runDataset(options.small, options.run, adminUrl);
  const large = await runDataset(options.large, options.run, adminUrl);

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
