/**
 * The load generator, in its own process so its CPU never counts as the server's:
 * autocannon warms the scenario up, then for each round tells the parent it is ready,
 * waits for "measure" (the parent reads the server's CPU time then), runs the round and
 * reports its figures.
 */
import autocannon from "autocannon";
import type { LoadFigures, LoadJob, ParentMessage, WorkerMessage } from "./load-protocol";
import { webhookEventSource } from "./webhook-events";

function send(message: WorkerMessage): void {
  process.send?.(message);
}

function nextMessage(): Promise<ParentMessage> {
  return new Promise((resolve) => process.once("message", (m: ParentMessage) => resolve(m)));
}

function requestsOf(job: LoadJob): autocannon.Request[] {
  if (!job.webhook) return job.requests.map((r) => ({ method: r.method, path: r.path, headers: r.headers }));
  const nextEvent = webhookEventSource(job.webhook);
  const [first] = job.requests;
  return [
    {
      method: "POST",
      path: first?.path ?? "/api/stripe/webhook",
      setupRequest: (request) => {
        const { body, signature } = nextEvent();
        return { ...request, body, headers: { ...request.headers, "content-type": "application/json", "stripe-signature": signature } };
      },
    },
  ];
}

/** A timed run (`seconds`), or a counted one (`amount`), which ends only when every response is in. */
async function load(job: LoadJob, limit: { seconds: number } | { amount: number }): Promise<LoadFigures> {
  const started = Date.now();
  const bound = "amount" in limit ? { amount: limit.amount } : { duration: limit.seconds };
  const result = await autocannon({ url: job.origin, connections: job.connections, ...bound, requests: requestsOf(job), timeout: 30 });
  const total = result.requests.total;
  const seconds = (Date.now() - started) / 1000;
  return {
    requests: total,
    rps: total / seconds,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    seconds,
    bytesPerResponse: total > 0 ? result.throughput.total / total : 0,
  };
}

async function main(): Promise<void> {
  // The job comes in the environment: a message sent before this process listens would be lost.
  const job = JSON.parse(process.env.LEDE_BENCH_JOB ?? "null") as LoadJob | null;
  if (!job) throw new Error("LEDE_BENCH_JOB is not set");
  // One request per distinct URL first: ISR pages render on their first request.
  for (const r of job.webhook ? [] : job.requests) await fetch(job.origin + r.path, { headers: r.headers }).then((res) => res.arrayBuffer());
  const warm = await load(job, { seconds: job.warmupSeconds });
  // Counted rounds: no request is cut off at the end of one, so the CPU read afterwards
  // belongs to exactly its requests. Sized from the warm-up's rate to last durationSeconds in all.
  const amount = Math.max(job.connections * 2, Math.round((warm.rps * job.durationSeconds) / job.rounds));
  for (let round = 0; round < job.rounds; round++) {
    const measure = nextMessage();
    send({ kind: "ready" });
    if ((await measure).kind !== "measure") throw new Error("expected measure");
    send({ kind: "round", figures: await load(job, { amount }) });
  }
}

main().then(
  () => process.disconnect?.(),
  (e: unknown) => {
    send({ kind: "failed", message: e instanceof Error ? e.message : String(e) });
    process.exitCode = 1;
    process.disconnect?.();
  },
);
