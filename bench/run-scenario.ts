import { spawn } from "node:child_process";
import path from "node:path";
import type { LoadFigures, LoadJob, ParentMessage, WorkerMessage } from "./load/load-protocol";
import { combineRounds, type Round } from "./measure/combine-rounds";
import { cpuDeltaMs, treeCpuMs } from "./measure/process-stats";
import type { Scenario } from "./scenarios";
import { WEBHOOK_SECRET, type RunningServer } from "./server/bench-server";

export interface ScenarioFigures extends LoadFigures {
  name: Scenario["name"];
  targetCpuMs: number;
  targetDbMs: number | null;
  targetP99Ms: number | null;
  /** Share of answers the page memory gave from memory, when the scenario reports it. */
  pageMemoryHitRate: number | null;
  cpuMsPerRequest: number;
  /** CPU of every PostgreSQL process per request (the whole cluster; null on PGlite). */
  dbCpuMsPerRequest: number | null;
  /** SQL statements the server sent per request (null on PGlite). */
  queriesPerRequest: number | null;
  skipped: string | null;
}

export interface RunSettings {
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  rounds: number;
}

/** What can be measured of the database besides the server: PostgreSQL only. */
export interface DatabaseProbe {
  cpuByPid(): Map<number, number>;
  statements(): number;
}

const WORKER = path.join(process.cwd(), "bench", "load", "load-worker.ts");

export function skippedFigures(scenario: Scenario): ScenarioFigures {
  return { name: scenario.name, targetCpuMs: scenario.targetCpuMs, targetDbMs: scenario.targetDbMs ?? null, targetP99Ms: scenario.targetP99Ms ?? null, pageMemoryHitRate: null, pageMemoryHits: 0, pageMemoryMisses: 0, requests: 0, rps: 0, p50Ms: 0, p99Ms: 0, non2xx: 0, errors: 0, timeouts: 0, seconds: 0, bytesPerResponse: 0, cpuMsPerRequest: 0, dbCpuMsPerRequest: null, queriesPerRequest: null, skipped: scenario.skipped ?? "skipped" };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the server tree uses under a tenth of a core (at most 10 s), so that work
 * left from the warm-up (an abandoned request, a first render) is not counted.
 */
async function waitForQuiet(pid: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (let last = treeCpuMs(pid); Date.now() < deadline; ) {
    await sleep(250);
    const now = treeCpuMs(pid);
    if (now - last < 25) return;
    last = now;
  }
}

/**
 * Runs one scenario: the load generator warms up, then the server's CPU time is read
 * from /proc around each measured round and divided by the requests served in it.
 */
export function runScenario(scenario: Scenario, server: RunningServer, settings: RunSettings, probe: DatabaseProbe | null): Promise<ScenarioFigures> {
  if (scenario.skipped) return Promise.resolve(skippedFigures(scenario));
  const job: LoadJob = {
    origin: server.origin,
    connections: settings.connections,
    warmupSeconds: settings.warmupSeconds,
    durationSeconds: settings.durationSeconds,
    rounds: settings.rounds,
    requests: scenario.requests,
    webhook: scenario.webhook ? { secret: WEBHOOK_SECRET, customers: scenario.webhook.customers } : undefined,
    paths: scenario.paths,
    expectStatus: scenario.expectStatus,
  };
  const worker = spawn(process.execPath, ["--import", "tsx", WORKER], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    env: { ...process.env, LEDE_BENCH_JOB: JSON.stringify(job) },
  });
  const sample = () => ({ server: treeCpuMs(server.pid), db: probe?.cpuByPid() ?? new Map<number, number>(), statements: probe?.statements() ?? 0 });
  let before = sample();
  const rounds: Round[] = [];
  return new Promise((resolve, reject) => {
    const fail = (e: unknown) => reject(e instanceof Error ? e : new Error(String(e)));
    worker.on("message", (message: WorkerMessage) => {
      if (message.kind === "ready") {
        waitForQuiet(server.pid).then(() => {
          before = sample();
          worker.send({ kind: "measure" } satisfies ParentMessage);
        }, fail);
      } else if (message.kind === "round") {
        waitForQuiet(server.pid).then(() => {
          const after = sample();
          rounds.push({ figures: message.figures, serverCpuMs: after.server - before.server, dbCpuMs: cpuDeltaMs(before.db, after.db), statements: after.statements - before.statements });
          if (rounds.length < settings.rounds) return;
          const combined = combineRounds(rounds);
          resolve({
            ...combined.figures,
            name: scenario.name,
            targetCpuMs: scenario.targetCpuMs,
            targetDbMs: scenario.targetDbMs ?? null,
            targetP99Ms: scenario.targetP99Ms ?? null,
            pageMemoryHitRate: scenario.reportsPageMemory ? combined.figures.pageMemoryHits / Math.max(1, combined.figures.pageMemoryHits + combined.figures.pageMemoryMisses) : null,
            cpuMsPerRequest: combined.cpuMsPerRequest,
            dbCpuMsPerRequest: probe ? combined.dbCpuMsPerRequest : null,
            queriesPerRequest: probe ? combined.queriesPerRequest : null,
            skipped: null,
          });
        }, fail);
      } else {
        fail(new Error(`load generator failed in ${scenario.name}: ${message.message}`));
      }
    });
    worker.on("exit", (code) => code !== 0 && fail(new Error(`load generator exited with ${code} in ${scenario.name}`)));
  });
}
