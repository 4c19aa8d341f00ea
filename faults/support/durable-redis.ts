import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient } from "redis";
import { pollUntil, stopper } from "../../e2e/support/child-process";
import { freePort } from "../../scripts/free-port";

export interface DurableRedis {
  url: string;
  /** Kills it as a crash would (SIGKILL); its append-only file keeps what it had. */
  kill: () => Promise<void>;
  /** Starts it again on the same port and files. */
  start: () => Promise<void>;
  destroy: () => Promise<void>;
}

/**
 * A redis-server of the test's own that keeps its data across a crash (append-only file,
 * fsync on every write): what a Redis restarted with persistence, or one cut off by the
 * network, gives back — the entries it held before the outage.
 */
export async function startDurableRedis(): Promise<DurableRedis> {
  const dir = mkdtempSync(path.join(tmpdir(), "lede-faults-redis-"));
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  const answers = async () => {
    const client = createClient({ url, socket: { reconnectStrategy: false } });
    client.on("error", () => {});
    const up = await client.connect().then(
      async () => (await client.ping()) === "PONG",
      () => false,
    );
    if (client.isOpen) await client.destroy();
    return up;
  };
  const start = async () => {
    child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", "", "--appendonly", "yes", "--appendfsync", "always"], { stdio: "ignore" });
    if (!(await pollUntil(answers, { timeoutMs: 10_000, intervalMs: 50 }))) throw new Error(`redis-server did not start on port ${port}`);
  };
  const kill = async () => {
    if (child) await stopper(child, "SIGKILL")();
    child = null;
  };
  await start();
  return {
    url,
    kill,
    start,
    destroy: async () => {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
