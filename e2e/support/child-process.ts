import type { ChildProcess } from "node:child_process";

/** A function that stops `child` with `signal` and waits until it has exited (at once if it has). */
export function stopper(child: ChildProcess, signal: NodeJS.Signals): () => Promise<void> {
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
}

/** Asks `check` every `intervalMs` until it answers true (then true) or `timeoutMs` has passed (then false). */
export async function pollUntil(check: () => Promise<boolean>, options: { timeoutMs: number; intervalMs: number }): Promise<boolean> {
  const deadline = Date.now() + options.timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, options.intervalMs));
  }
  return false;
}
