import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";
import { clearSharedCache } from "../../server/cache/clear-shared-cache.mjs";
import { readCacheConfig } from "../../server/cache/cache-config.mjs";
import { serverArgs, serverEnv } from "../../scripts/server-command";

/** The bench server's site secret (the metered scenario signs its meter cookie with it). */
export const BENCH_AUTH_SECRET = "bench-auth-secret-not-for-production-0123456789";

/*
 * The production server (server/serve.ts) on the benchmark database, in its own process group so
 * the whole tree stops together.
 */

export const WEBHOOK_SECRET = "whsec_bench_0123456789abcdef0123456789abcdef";

export interface RunningServer {
  pid: number;
  origin: string;
  /** Why the server is gone, or null while it runs. */
  exitReason(): string | null;
  stop(): Promise<void>;
}

async function waitUntilReady(origin: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the server stopped (${child.exitCode ?? child.signalCode}) before answering`);
    try {
      const response = await fetch(`${origin}/robots.txt`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server did not answer within ${timeoutMs} ms`);
}

export async function startBenchServer(options: {
  port: number;
  databaseEnv: Record<string, string | undefined>;
  logFile: string;
  /** Where the server writes a V8 CPU profile when it stops, if anywhere. */
  profileDir?: string | null;
}): Promise<RunningServer> {
  // As npm start runs it (scripts/server-command).
  const env: NodeJS.ProcessEnv = serverEnv({ ...process.env, ...options.databaseEnv });
  // Test mode (no Stripe keys) with a known webhook secret, so the load generator can sign events.
  delete env.STRIPE_SECRET_KEY;
  delete env.STRIPE_API_BASE;
  if (!options.databaseEnv.DATABASE_URL) delete env.DATABASE_URL;
  Object.assign(env, {
    NODE_ENV: "production",
    // The origin the load and the editor saves address (the CSRF check compares with it).
    LEDE_PUBLIC_URL: `http://127.0.0.1:${options.port}`,
    AUTH_SECRET: BENCH_AUTH_SECRET,
    AUTH_TRUST_HOST: "true",
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    NEXT_TELEMETRY_DISABLED: "1",
  });
  // With REDIS_URL the pages are cached in Redis: under the bench's own prefix, emptied like the disk cache.
  const sharedCache = readCacheConfig({ ...env, LEDE_CACHE_PREFIX: "lede-bench:" });
  if (sharedCache) {
    env.LEDE_CACHE_PREFIX = sharedCache.prefix;
    await clearSharedCache(sharedCache);
  }
  mkdirSync(path.dirname(options.logFile), { recursive: true });
  const log = openSync(options.logFile, "w");
  const profiling = options.profileDir ? ["--cpu-prof", `--cpu-prof-dir=${options.profileDir}`] : [];
  const child = spawn(process.execPath, [...profiling, ...serverArgs(options.port, ["-H", "127.0.0.1"], env)], {
    env,
    detached: true,
    stdio: ["ignore", log, log],
  });
  // The child holds its own copy of the log descriptor.
  closeSync(log);
  let exitReason: string | null = null;
  child.once("exit", (code, signal) => (exitReason = signal ? `killed by ${signal}` : `exited with code ${code}`));
  const origin = `http://127.0.0.1:${options.port}`;
  const pid = child.pid;
  if (pid === undefined) throw new Error("could not start the server");
  const stop = async () => {
    // exitCode stays null for a process killed by a signal: the exit event is what counts.
    if (exitReason !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    process.kill(-pid, "SIGTERM");
    const timer = setTimeout(() => exitReason === null && process.kill(-pid, "SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitUntilReady(origin, child, 60_000);
  } catch (e) {
    await stop();
    throw e;
  }
  return { pid, origin, exitReason: () => exitReason, stop };
}
