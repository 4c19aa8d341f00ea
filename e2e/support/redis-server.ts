import { spawn } from "node:child_process";
import { createClient } from "redis";
import { pollUntil, stopper } from "./child-process";

export interface RedisServer {
  /** Kills it the hard way, as a crash would. */
  kill: () => Promise<void>;
}

/** A throwaway redis-server (no persistence) on `port`, for tests that take Redis away. */
export async function startRedisServer(port: number): Promise<RedisServer> {
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  const kill = stopper(child, "SIGKILL");
  const answers = async () => {
    const client = createClient({ url: `redis://127.0.0.1:${port}`, socket: { reconnectStrategy: false } });
    client.on("error", () => {});
    const up = await client.connect().then(
      async () => (await client.ping()) === "PONG",
      () => false,
    );
    if (client.isOpen) await client.destroy();
    return up;
  };
  if (await pollUntil(answers, { timeoutMs: 10_000, intervalMs: 100 })) return { kill };
  await kill();
  throw new Error(`redis-server did not start on port ${port}`);
}
