import { spawn, type ChildProcess } from "node:child_process";
import { serverArgs } from "../../scripts/server-command";
import { pollUntil, stopper } from "./child-process";


export interface NextInstance {
  url: string;
  /** What the server printed, for failure messages. */
  log: () => string;
  stop: () => Promise<void>;
  /** The server process (fault tests signal it themselves). */
  process: ChildProcess;
}

/**
 * Starts one more production server (server/serve.ts) of the build (the one scripts/e2e.ts made) on
 * `port` with `env`, and waits until it serves pages.
 */
export async function startNextInstance(port: number, env: NodeJS.ProcessEnv): Promise<NextInstance> {
  const url = `http://localhost:${port}`;
  // The tests talk to each instance directly, as its own public origin (behind a balancer all would share one).
  const own = { ...env, LEDE_PUBLIC_URL: url };
  const child = spawn(process.execPath, serverArgs(port, [], own), { env: own, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const stop = stopper(child, "SIGTERM");
  const answers = async () => {
    if (child.exitCode !== null) throw new Error(`the server on ${port} exited:\n${output}`);
    return fetch(`${url}/latest`).then((r) => r.ok, () => false);
  };
  if (await pollUntil(answers, { timeoutMs: 60_000, intervalMs: 250 })) return { url, log: () => output, stop, process: child };
  await stop();
  throw new Error(`the server on ${port} did not answer within a minute:\n${output}`);
}
