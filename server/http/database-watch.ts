import type { ServerResponse } from "node:http";

/** How often the database is asked whether it answers (one `select 1`: negligible). */
const PROBE_EVERY_MS = 1_000;
/** A probe that takes longer than this fails. */
const PROBE_TIMEOUT_MS = 2_000;
/** Failed probes in a row that mean "down": one slow answer on a busy machine is not an outage. */
const FAILURES_FOR_DOWN = 2;

export interface DatabaseWatch {
  /** Whether the last probe failed: requests that need the database get a 503 instead of an error page. */
  isDown(): boolean;
  /** Asks again now (a request just failed on the database); coalesced with a probe in flight. */
  suspect(): void;
  stop(): void;
}

/** One question to the database: resolves when it answered, rejects when it did not. */
export type DatabaseProbe = () => Promise<unknown>;

/**
 * Watches the database (PostgreSQL) from the serving layer. While it does not answer, the
 * server answers requests that need it with a 503, `Retry-After` and a human sentence
 * (server/serve.ts) rather than letting each request wait on a dead pool and fail with an
 * error page; shared pages keep coming from the page memory and the page cache, which need
 * no database. The probe asks on a connection of its own (db/client `openDatabaseProbe`): through
 * the pool, its `select 1` waited behind every busy request (an editor's dashboard under load),
 * and a busy pool was taken for a dead database. The pool itself needs no help to recover: postgres-js drops a broken
 * connection and opens a new one for the next query, so the first probe that succeeds
 * after the database returns (within about a second) lets requests through again.
 */
export function watchDatabase(probeOnce: DatabaseProbe, options: { everyMs?: number; log?: (line: string) => void } = {}): DatabaseWatch {
  const log = options.log ?? ((line: string) => console.error(line));
  let down = false;
  let failures = 0;
  let inFlight: Promise<void> | null = null;
  let stopped = false;
  const probe = (): Promise<void> => {
    inFlight ??= answers(probeOnce)
      .then((up) => {
        failures = up ? 0 : failures + 1;
        if (up && down) log("[lede] database: answering again; requests that need it are served");
        if (failures === FAILURES_FOR_DOWN) log("[lede] database: not answering; pages that need it answer 503 until it is back");
        down = failures >= FAILURES_FOR_DOWN;
      })
      .finally(() => (inFlight = null));
    return inFlight;
  };
  const timer = setInterval(() => void probe(), options.everyMs ?? PROBE_EVERY_MS);
  timer.unref();
  return {
    isDown: () => down && !stopped,
    suspect: () => void probe(),
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
  };
}

async function answers(probeOnce: DatabaseProbe): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS)));
  const query = Promise.resolve()
    .then(probeOnce)
    .then(
      () => true,
      () => false,
    );
  const up = await Promise.race([query, timeout]);
  clearTimeout(timer);
  return up;
}

/** Addresses that never touch the database: Next's static files and the icon. */
const STATIC = /^\/(?:_next\/static\/|icon\.svg$|robots\.txt$)/;

/**
 * Whether a request would need the database: anything but a shared page (answered from the
 * page memory or Next's page cache, as a client-router request for one is) and static files.
 */
export function needsDatabase(request: { method?: string; url?: string }, routeKind: string, isSharedPage: boolean): boolean {
  if (routeKind === "shared" || isSharedPage) return false;
  return !((request.method === "GET" || request.method === "HEAD") && STATIC.test(request.url ?? ""));
}

const MESSAGE = "We cannot reach our database just now, so this page cannot be shown. Nothing you did caused this: please try again in a few seconds.";

/** The answer while the database is down: 503 with Retry-After, a sentence for people, no stack trace. */
export function answerDatabaseDown(request: { url?: string }, response: ServerResponse): void {
  const api = (request.url ?? "").startsWith("/api/");
  const body = api
    ? JSON.stringify({ error: MESSAGE })
    : `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Back in a moment</title></head><body><main><h1>Back in a moment</h1><p>${MESSAGE}</p></main></body></html>`;
  response.writeHead(503, {
    "content-type": api ? "application/json" : "text/html; charset=utf-8",
    "cache-control": "private, no-store",
    "retry-after": "5",
    "x-content-type-options": "nosniff",
    "content-security-policy": "default-src 'none'",
  });
  response.end(body);
}
