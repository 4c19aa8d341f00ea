import http from "node:http";
import type { AddressInfo } from "node:net";

export interface RetryingProxy {
  url: string;
  /** Requests that reached no instance: every instance refused the connection. */
  readonly unanswered: number;
  /** Requests handed to another instance because one refused the connection. */
  readonly retried: number;
  /** GET and HEAD requests handed to another instance because one reset the connection before answering. */
  readonly resets: number;
  stop: () => Promise<void>;
}

/**
 * The smallest honest load balancer for a rolling restart: each request goes to the next
 * instance on a new connection; an instance that refuses the connection (stopped, not yet
 * listening) never saw the request, so it goes to the next one; so does a GET or HEAD whose
 * connection was reset before any answer (see below). Any other request an instance
 * dropped gets a 502, which the test counts as lost.
 */
export async function startRetryingProxy(upstreams: () => string[]): Promise<RetryingProxy> {
  let unanswered = 0;
  let retried = 0;
  let resets = 0;
  let next = 0;
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (c: Buffer) => chunks.push(c));
    request.on("end", () => {
      const body = Buffer.concat(chunks);
      const targets = upstreams();
      const first = next++ % targets.length;
      const attempt = (tries: number) => {
        const target = new URL(targets[(first + tries) % targets.length]!);
        const upstream = http.request(
          { host: target.hostname, port: target.port, method: request.method, path: request.url, headers: request.headers, agent: false },
          (answer) => {
            response.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(response);
          },
        );
        upstream.on("error", (e: NodeJS.ErrnoException) => {
          // Refused: the request never reached the instance. Reset before any answer: the instance
          // closed its listening socket with this connection still in the kernel's queue, unread;
          // retried only for GET and HEAD, as nginx's proxy_next_upstream does.
          const reset = (e.code === "ECONNRESET" || e.code === "EPIPE") && !response.headersSent && (request.method === "GET" || request.method === "HEAD");
          if ((e.code === "ECONNREFUSED" || reset) && tries + 1 < targets.length * 20) {
            if (reset) resets++;
            else retried++;
            return void setTimeout(() => attempt(tries + 1), tries + 1 >= targets.length ? 50 : 0);
          }
          if (e.code === "ECONNREFUSED") unanswered++;
          if (!response.headersSent) response.writeHead(502, { "content-type": "text/plain" });
          response.end(`proxy: ${e.code ?? e.message}`);
        });
        upstream.end(body);
      };
      attempt(0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    get unanswered() {
      return unanswered;
    },
    get retried() {
      return retried;
    },
    get resets() {
      return resets;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
