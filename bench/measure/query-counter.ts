import { connect, createServer, type Server } from "node:net";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

/*
 * A pass-through TCP proxy in front of PostgreSQL that counts the statements the server
 * sends (extended-protocol Execute and simple Query messages), so the benchmark can say
 * how many queries each request costs without touching the app or the cluster's config.
 */

export interface QueryCounter {
  /** Statements executed through the proxy so far. */
  readonly statements: number;
  /** DATABASE_URL rewritten to go through the proxy. */
  url: string;
  close(): Promise<void>;
}

/** Reads the client→server message stream: a length-prefixed startup packet, then type + length frames. */
function frameCounter(onStatement: () => void): (chunk: Buffer) => void {
  let pending: Buffer = Buffer.alloc(0);
  let started = false;
  return (chunk) => {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    for (;;) {
      const header = started ? 5 : 4;
      if (pending.length < header) return;
      const length = started ? pending.readInt32BE(1) + 1 : pending.readInt32BE(0);
      if (pending.length < length) return;
      if (!started) {
        // An SSLRequest (80877103) is answered before the real startup packet follows.
        started = pending.readInt32BE(4) !== 80877103;
      } else {
        const type = String.fromCharCode(pending[0]!);
        if (type === "E" || type === "Q") onStatement();
      }
      pending = pending.subarray(length);
    }
  };
}

/**
 * The proxy runs on a worker thread of its own: on the benchmark's main thread, which also
 * drives readers (cold-after-save), every statement waited for that busy loop, and a save's
 * 40 round trips took a second (measured: 10-30 ms per `select 1` through it, under 1 ms
 * around it). The count is shared memory the worker adds to.
 */
export async function startQueryCounter(databaseUrl: string): Promise<QueryCounter> {
  const upstream = new URL(databaseUrl);
  const count = new Int32Array(new SharedArrayBuffer(4));
  // The benchmark runs under tsx: the worker loads this TypeScript file through tsx's API.
  const load = `import("tsx/esm/api").then((tsx) => tsx.tsImport(${JSON.stringify(import.meta.url)}, ${JSON.stringify(import.meta.url)}))`;
  const worker = new Worker(load, {
    eval: true,
    workerData: { host: upstream.hostname, port: Number(upstream.port || 5432), count } satisfies ProxySettings,
  });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once("message", (message: { port: number }) => resolve(message.port));
    worker.once("error", reject);
  });
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String(port);
  return {
    get statements() {
      return Atomics.load(count, 0);
    },
    url: url.toString(),
    close: async () => {
      await worker.terminate();
    },
  };
}

interface ProxySettings {
  host: string;
  port: number;
  count: Int32Array;
}

/** The worker's side: listens on a free port, passes bytes both ways, counts statements. */
async function runProxy(settings: ProxySettings): Promise<number> {
  const server: Server = createServer((client) => {
    const db = connect({ host: settings.host, port: settings.port });
    for (const s of [client, db]) {
      s.setNoDelay(true);
      s.on("error", () => (s === client ? db : client).destroy());
    }
    client.on("data", frameCounter(() => Atomics.add(settings.count, 0, 1)));
    client.pipe(db);
    db.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("query counter did not get a port");
  return address.port;
}

if (!isMainThread && (workerData as { count?: unknown } | null)?.count instanceof Int32Array) {
  void runProxy(workerData as ProxySettings).then((port) => parentPort!.postMessage({ port }));
}
