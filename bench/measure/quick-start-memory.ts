import { spawn } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../scripts/free-port";
import { processTree, treeRssMb } from "./process-stats";

/*
 * quick-start-memory: `npm start`'s own command (package.json's start script, through the
 * shell as npm runs it) on the embedded PGlite in a temporary folder; after a warm-up that
 * reads every page of the demo site a few times, the resident memory of its whole process
 * tree is summed. Then Ctrl-C (SIGINT to the process group, as a terminal sends it) must stop it.
 */

export const QUICK_START_TARGET_MB = 350;

export interface QuickStartFigures {
  /** From the command's start to the first answer (migrate, seed, server start; the build is already there). */
  readySeconds: number;
  pagesRead: number;
  rssMb: number;
  /** Each process of the tree after the warm-up: its command name and RSS (MB). */
  processes: { pid: number; name: string; rssMb: number }[];
  /** Seconds from SIGINT to the tree's exit, or null when it did not stop within 20 s. */
  stoppedInSeconds: number | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function rssOf(pid: number): number {
  const status = (() => {
    try {
      return readFileSync(`/proc/${pid}/status`, "utf8");
    } catch {
      return "";
    }
  })();
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) / 1024;
}

function commandName(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).slice(0, 3).join(" ").slice(0, 80);
  } catch {
    return "?";
  }
}

async function waitForAnswer(origin: string, exited: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited()) throw new Error("npm start's command stopped before answering");
    const ok = await fetch(`${origin}/robots.txt`).then((r) => r.ok, () => false);
    if (ok) return;
    await sleep(500);
  }
  throw new Error(`npm start's command did not answer within ${timeoutMs / 1000} s`);
}

/** The demo site's pages: the front page, the latest list and every article it links to. */
async function demoPages(origin: string): Promise<string[]> {
  const latest = await (await fetch(`${origin}/latest`)).text();
  const articles = [...new Set([...latest.matchAll(/href="(\/articles\/[a-z0-9-]+)"/g)].map((m) => m[1]!))];
  return ["/", "/latest", "/search?q=europe", ...articles];
}

export async function measureQuickStartMemory(options: { port: number | null }): Promise<QuickStartFigures> {
  const script = (JSON.parse(readFileSync(path.join(process.cwd(), "package.json"), "utf8")) as { scripts: { start: string } }).scripts.start;
  const dir = mkdtempSync(path.join(os.tmpdir(), "lede-quick-start-"));
  const port = options.port ?? (await freePort());
  const env: NodeJS.ProcessEnv = { ...process.env, LEDE_DATA_DIR: path.join(dir, "pglite"), PORT: String(port), LEDE_SKIP_BUILD: "1" };
  // The quick start as a newcomer runs it: the embedded database, no Redis, no configured origin.
  for (const key of ["DATABASE_URL", "REDIS_URL", "LEDE_PUBLIC_URL", "AUTH_URL", "NODE_OPTIONS"]) delete env[key];
  const log = openSync(path.join(process.cwd(), "bench", "results", "quick-start.log"), "w");
  const started = Date.now();
  const child = spawn("sh", ["-c", script], { cwd: process.cwd(), env, detached: true, stdio: ["ignore", log, log] });
  closeSync(log);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once("exit", () => ((exited = true), resolve())));
  const pid = child.pid!;
  try {
    const origin = `http://127.0.0.1:${port}`;
    await waitForAnswer(origin, () => exited, 600_000);
    const readySeconds = (Date.now() - started) / 1000;
    const pages = await demoPages(origin);
    let pagesRead = 0;
    for (let round = 0; round < 5; round++) {
      for (const page of pages) {
        await fetch(origin + page, { headers: { "accept-encoding": "gzip, br" } }).then((r) => r.arrayBuffer());
        pagesRead++;
      }
    }
    await sleep(3000);
    const processes = processTree(pid).map((p) => ({ pid: p, name: commandName(p), rssMb: rssOf(p) }));
    const rssMb = treeRssMb(pid);
    const signalled = Date.now();
    process.kill(-pid, "SIGINT");
    const stopped = await Promise.race([exit.then(() => true), sleep(20_000).then(() => false)]);
    return { readySeconds, pagesRead, rssMb, processes, stoppedInSeconds: stopped ? (Date.now() - signalled) / 1000 : null };
  } finally {
    if (!exited) process.kill(-pid, "SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  }
}
