import { spawn } from "node:child_process";
import { serverArgs } from "../../scripts/server-command";


export interface NextInstance {
  url: string;
  /** What the server printed, for failure messages. */
  log: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts one more production server (scripts/serve.ts) of the build (the one scripts/e2e.ts made) on
 * `port` with `env`, and waits until it serves pages.
 */
export async function startNextInstance(port: number, env: NodeJS.ProcessEnv): Promise<NextInstance> {
  const url = `http://localhost:${port}`;
  const child = spawn(process.execPath, serverArgs(port, [], env), { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server on ${port} exited:\n${output}`);
    const ready = await fetch(`${url}/latest`).then((r) => r.ok, () => false);
    if (ready) return { url, log: () => output, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`the server on ${port} did not answer within a minute:\n${output}`);
}
