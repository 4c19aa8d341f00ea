/**
 * The load generator, in its own process so its CPU never counts as the server's:
 * autocannon warms the scenario up, then for each round tells the parent it is ready,
 * waits for "measure" (the parent reads the server's CPU time then), runs the round and
 * reports its figures.
 */
import autocannon from "autocannon";
import { seededRandom } from "../data/synthetic-text";
import { articleSlug } from "../data/dataset-shape";
import type { LoadFigures, LoadJob, ParentMessage, PathSource, WorkerMessage } from "./load-protocol";
import { webhookEventSource } from "./webhook-events";
import { createZipfSampler } from "./zipf-sampler";

function send(message: WorkerMessage): void {
  process.send?.(message);
}

function nextMessage(): Promise<ParentMessage> {
  return new Promise((resolve) => process.once("message", (m: ParentMessage) => resolve(m)));
}

/** Counts the page memory's verdicts, and the answers with the expected status, as they come in. */
const pageMemory = { hits: 0, misses: 0, expected: 0 };
let expectStatus: number | undefined;
const countPageMemory = (status: number, _body: string, _context: unknown, headers: import("node:http").IncomingHttpHeaders = {}) => {
  if (status === expectStatus) pageMemory.expected++;
  const verdict = headers["x-lede-page-memory"];
  if (verdict === "hit") pageMemory.hits++;
  else if (verdict === "miss") pageMemory.misses++;
};

function pathMaker(source: PathSource): () => string {
  if (source.kind === "unknown-articles") {
    let n = 0;
    return () => `/articles/no-such-piece-${process.pid}-${++n}`;
  }
  if (source.kind === "new-searches") return newSearches(source.queries);
  const draw = createZipfSampler(source.articles, source.exponent, seededRandom(source.seed));
  // Slugs are computed once per rank: the generator must not become the bottleneck.
  const slugs = new Map<number, string>();
  return () => {
    const k = draw();
    let slug = slugs.get(k);
    if (slug === undefined) slugs.set(k, (slug = articleSlug(k)));
    return `/articles/${slug}`;
  };
}

/**
 * Searches the server has not seen, doing the same work as `queries`: each one with a word
 * left out that no piece has (`-qz…`, new each time). Every row still matches and the passages
 * shown are the same, but the server keeps headlines by query text, so each search makes all of
 * its hits' headlines, as a reader's one-off search does. Every other one asks for its second page.
 */
function newSearches(queries: readonly string[]): () => string {
  let n = 0;
  const run = process.pid.toString(36);
  return () => {
    const q = `${queries[n % queries.length]} -qz${run}x${n.toString(36)}`;
    return `/search?${new URLSearchParams(++n % 2 ? { q } : { q, page: "2" })}`;
  };
}

function requestsOf(job: LoadJob): autocannon.Request[] {
  if (job.paths) {
    const nextPath = pathMaker(job.paths);
    const [first] = job.requests;
    return [{ method: first?.method ?? "GET", headers: first?.headers, setupRequest: (request) => ({ ...request, path: nextPath() }), onResponse: countPageMemory }];
  }
  if (!job.webhook) return job.requests.map((r) => ({ method: r.method, path: r.path, headers: r.headers, onResponse: countPageMemory }));
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
  pageMemory.hits = 0;
  pageMemory.misses = 0;
  pageMemory.expected = 0;
  const bound = "amount" in limit ? { amount: limit.amount } : { duration: limit.seconds };
  const result = await autocannon({ url: job.origin, connections: job.connections, ...bound, requests: requestsOf(job), timeout: 30 });
  const total = result.requests.total;
  const seconds = (Date.now() - started) / 1000;
  return {
    requests: total,
    rps: total / seconds,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    // With an expected status, every other answer counts as failed (the 404s of not-found do not).
    non2xx: job.expectStatus === undefined ? result.non2xx : total - pageMemory.expected,
    errors: result.errors,
    timeouts: result.timeouts,
    seconds,
    bytesPerResponse: total > 0 ? result.throughput.total / total : 0,
    pageMemoryHits: pageMemory.hits,
    pageMemoryMisses: pageMemory.misses,
  };
}

/** How many of a Zipf scenario's most likely pages are asked for before its warm-up. */
const PREWARMED_RANKS = 500;

async function prewarm(job: LoadJob, ranks: number): Promise<void> {
  const [first] = job.requests;
  let next = 0;
  const worker = async () => {
    for (let k = next++; k < ranks; k = next++) await fetch(`${job.origin}/articles/${articleSlug(k)}`, { headers: first?.headers }).then((res) => res.arrayBuffer());
  };
  await Promise.all(Array.from({ length: job.connections }, worker));
}

async function main(): Promise<void> {
  // The job comes in the environment: a message sent before this process listens would be lost.
  const job = JSON.parse(process.env.LEDE_BENCH_JOB ?? "null") as LoadJob | null;
  if (!job) throw new Error("LEDE_BENCH_JOB is not set");
  expectStatus = job.expectStatus;
  // One request per distinct URL first: ISR pages render on their first request.
  // A site that has been up a while has its most read pages rendered: the head of a Zipf scenario
  // is asked for once first (concurrently), so the figures are of that steady state, not of a cold start.
  if (job.paths?.kind === "zipf-articles") await prewarm(job, Math.min(job.paths.articles, PREWARMED_RANKS));
  for (const r of job.webhook || job.paths ? [] : job.requests) await fetch(job.origin + r.path, { headers: r.headers }).then((res) => res.arrayBuffer());
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
