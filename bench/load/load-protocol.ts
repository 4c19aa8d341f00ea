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
}

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
}

export type WorkerMessage = { kind: "ready" } | { kind: "round"; figures: LoadFigures } | { kind: "failed"; message: string };
export type ParentMessage = { kind: "measure" };
