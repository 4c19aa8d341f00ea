import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { BenchOptions } from "./bench-options";
import type { ScenarioFigures } from "./run-scenario";
import type { DatasetRun } from "./dataset-server";

const pad = (s: string, n: number) => s.padEnd(n);
const num = (v: number, digits = 1) => v.toFixed(digits);
const verdict = (ok: boolean) => (ok ? "PASS" : "MISS");

/** Within the CPU budget (and the database and p99 budgets where set) and without a single failed response. */
export function meetsTarget(f: ScenarioFigures): boolean {
  const db = f.targetDbMs === null || f.dbCpuMsPerRequest === null || f.dbCpuMsPerRequest <= f.targetDbMs;
  const p99 = f.targetP99Ms === null || f.p99Ms <= f.targetP99Ms;
  return f.cpuMsPerRequest <= f.targetCpuMs && db && p99 && f.non2xx === 0 && f.errors === 0 && f.timeouts === 0;
}

/** The scenario's targets in words: "≤ 3 ms CPU + 5 ms db", "≤ 0.5 ms, p99 ≤ 50". */
export function describeTarget(f: Pick<ScenarioFigures, "targetCpuMs" | "targetDbMs" | "targetP99Ms">): string {
  return `≤ ${f.targetCpuMs}${f.targetDbMs === null ? "" : ` + db ${f.targetDbMs}`}${f.targetP99Ms === null ? "" : `, p99 ≤ ${f.targetP99Ms}`}`;
}

export function printDatasetTable(run: DatasetRun, options: BenchOptions): void {
  const { articles, members } = run.size;
  console.log(`\n${run.database}, ${articles.toLocaleString("en")} articles, ${members.toLocaleString("en")} members — ${options.run.connections} connections, ${options.run.warmupSeconds} s warm-up + ${options.run.durationSeconds} s in ${options.run.rounds} counted rounds per scenario (CPU: median round)`);
  console.log(`${pad("scenario", 26)}${pad("req/s", 9)}${pad("p50 ms", 9)}${pad("p99 ms", 9)}${pad("non-2xx", 9)}${pad("KB/resp", 9)}${pad("CPU ms/req", 12)}${pad("target", 22)}${pad("queries/req", 13)}${pad("db CPU ms/req", 15)}${pad("result", 8)}page memory hits`);
  for (const f of run.scenarios) {
    if (f.skipped) {
      console.log(`${pad(f.name, 26)}${f.skipped} (target ${describeTarget(f)} ms CPU/request)`);
      continue;
    }
    const failed = f.non2xx + f.errors + f.timeouts;
    const db = f.dbCpuMsPerRequest === null ? "—" : num(f.dbCpuMsPerRequest, 2);
    const queries = f.queriesPerRequest === null ? "—" : num(f.queriesPerRequest, 1);
    console.log(
      `${pad(f.name, 26)}${pad(num(f.rps, 0), 9)}${pad(num(f.p50Ms), 9)}${pad(num(f.p99Ms), 9)}${pad(String(failed), 9)}${pad(num(f.bytesPerResponse / 1024, 0), 9)}${pad(num(f.cpuMsPerRequest, 2), 12)}${pad(describeTarget(f), 22)}${pad(queries, 13)}${pad(db, 15)}${pad(verdict(meetsTarget(f)), 8)}${f.pageMemoryHitRate === null ? "" : `${num(f.pageMemoryHitRate * 100)} %`}`,
    );
  }
  // The budget is for PostgreSQL: with PGlite the database itself lives in the server process.
  const rssVerdict = run.database === "postgres" ? verdict(run.rssPeakMb <= options.rssTargetMb) : "not judged on PGlite";
  console.log(`server RSS: peak ${num(run.rssPeakMb, 0)} MB, after the run ${num(run.rssAfterMb, 0)} MB (target ≤ ${options.rssTargetMb} MB on PostgreSQL): ${rssVerdict}`);
}

/** Relative change of CPU per request from the small to the large dataset. */
export function growth(small: ScenarioFigures, large: ScenarioFigures): number {
  return small.cpuMsPerRequest > 0 ? (large.cpuMsPerRequest - small.cpuMsPerRequest) / small.cpuMsPerRequest : 0;
}

export function printGrowthTable(small: DatasetRun, large: DatasetRun, options: BenchOptions): void {
  const a = small.size.articles.toLocaleString("en");
  const b = large.size.articles.toLocaleString("en");
  const db = (f: ScenarioFigures) => (f.dbCpuMsPerRequest === null ? "—" : num(f.dbCpuMsPerRequest, 2));
  console.log(`\nCPU ms per request, ${a} vs ${b} articles (target: server CPU less than ${options.growthTarget * 100} % apart; database CPU for information)`);
  console.log(`${pad("scenario", 26)}${pad(a, 10)}${pad(b, 10)}${pad("change", 10)}${pad("result", 8)}${pad(`db ${a}`, 10)}db ${b}`);
  for (const l of large.scenarios) {
    const s = small.scenarios.find((x) => x.name === l.name);
    if (!s || s.skipped || l.skipped) continue;
    const g = growth(s, l);
    const change = `${g >= 0 ? "+" : ""}${num(g * 100)} %`;
    console.log(`${pad(l.name, 26)}${pad(num(s.cpuMsPerRequest, 2), 10)}${pad(num(l.cpuMsPerRequest, 2), 10)}${pad(change, 10)}${pad(verdict(Math.abs(g) < options.growthTarget), 8)}${pad(db(s), 10)}${db(l)}`);
  }
}

function scenarioJson(f: ScenarioFigures, small: ScenarioFigures | undefined) {
  const base = { name: f.name, rps: +num(f.rps), p50_ms: f.p50Ms, p99_ms: f.p99Ms, non2xx: f.non2xx, cpu_ms_per_req: +num(f.cpuMsPerRequest, 3) };
  if (f.skipped) return { ...base, skipped: true, reason: f.skipped, target_cpu_ms: f.targetCpuMs };
  return {
    ...base,
    errors: f.errors + f.timeouts,
    requests: f.requests,
    kb_per_response: +num(f.bytesPerResponse / 1024, 1),
    target_cpu_ms: f.targetCpuMs,
    target_db_ms: f.targetDbMs,
    target_p99_ms: f.targetP99Ms,
    page_memory_hit_rate: f.pageMemoryHitRate === null ? null : +f.pageMemoryHitRate.toFixed(3),
    pass: meetsTarget(f),
    db_cpu_ms_per_req: f.dbCpuMsPerRequest === null ? null : +num(f.dbCpuMsPerRequest, 3),
    queries_per_req: f.queriesPerRequest === null ? null : +num(f.queriesPerRequest, 2),
    small_cpu_ms_per_req: small && !small.skipped ? +num(small.cpuMsPerRequest, 3) : null,
  };
}

/** bench/results/latest.json: the large dataset's figures in the agreed shape, plus the small run's. */
export function writeLatestJson(small: DatasetRun, large: DatasetRun, options: BenchOptions, measurements: Record<string, unknown>): string {
  const file = path.join(process.cwd(), "bench", "results", "latest.json");
  const json = {
    scenarios: large.scenarios.map((f) => scenarioJson(f, small.scenarios.find((s) => s.name === f.name))),
    rss_mb: Math.round(large.rssPeakMb),
    rss_after_mb: Math.round(large.rssAfterMb),
    articles: large.size.articles,
    members: large.size.members,
    database: large.database,
    quick: options.quick,
    connections: options.run.connections,
    duration_s: options.run.durationSeconds,
    rounds: options.run.rounds,
    measurements,
    small: { articles: small.size.articles, members: small.size.members, rss_mb: Math.round(small.rssPeakMb), scenarios: small.scenarios.map((f) => scenarioJson(f, undefined)) },
    finished_at: new Date().toISOString(),
  };
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  return file;
}
