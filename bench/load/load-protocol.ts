import type { WebhookCustomer } from "./webhook-events";

/** Messages between the benchmark (which measures the server) and the load generator process. */

export interface LoadRequest {
  method: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
}

export interface LoadJob {
  origin: string;
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  /** The measured time is split into this many counted rounds (the report takes medians). */
  rounds: number;
  /** Cycled through by every connection. */
  requests: LoadRequest[];
  /** When set, every request is a freshly signed Stripe event for one of these customers. */
  webhook?: { secret: string; customers: WebhookCustomer[] };
  /** When set, an answer with another status counts as failed (non2xx); default: any 2xx. */
  expectStatus?: number;
  /** When set, each request's path is drawn here instead (the first request gives method and headers). */
  paths?: PathSource;
}

/**
 * Paths made by the load generator itself (a list of 20,000 would not fit the job's
 * environment variable): articles of the generated dataset drawn with a Zipf law over their
 * rank (newest first), article addresses no piece has, or searches, a new one each time.
 */
export type PathSource =
  | { kind: "zipf-articles"; articles: number; exponent: number; seed: number }
  | { kind: "unknown-articles" }
  /** `queries` in turn, each made a search nobody made before (see newSearches), every other one its second page. */
  | { kind: "new-searches"; queries: string[] };

export interface LoadFigures {
  requests: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  seconds: number;
  /** Average response size, headers included. */
  bytesPerResponse: number;
  /** Answers marked `x-lede-page-memory: hit` and `miss` (shared pages only). */
  pageMemoryHits: number;
  pageMemoryMisses: number;
}

export type WorkerMessage = { kind: "ready" } | { kind: "round"; figures: LoadFigures } | { kind: "failed"; message: string };
export type ParentMessage = { kind: "measure" };
