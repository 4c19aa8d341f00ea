import { connect, createServer, type Server, type Socket } from "node:net";

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

export async function startQueryCounter(databaseUrl: string): Promise<QueryCounter> {
  const upstream = new URL(databaseUrl);
  const sockets = new Set<Socket>();
  let statements = 0;
  const server: Server = createServer((client) => {
    const db = connect({ host: upstream.hostname, port: Number(upstream.port || 5432) });
    for (const s of [client, db]) {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
      s.on("error", () => (s === client ? db : client).destroy());
    }
    client.on("data", frameCounter(() => statements++));
    client.pipe(db);
    db.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("query counter did not get a port");
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String(address.port);
  return {
    get statements() {
      return statements;
    },
    url: url.toString(),
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
