import http from "node:http";
import { env } from "@/lib/env";
import { LOOPBACK_HEADER, loopbackToken } from "../http/loopback";

export interface OwnPage {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * Loopback requests in flight at once; the rest wait their turn in the agent's queue. A page
 * that is not in Next's cache is rendered on this process's one JavaScript thread, so renders
 * side by side finish no sooner in all, but each holds its React tree, payload and markup
 * (several MB) on the heap meanwhile: under a long tail of misses, 32 at once were most of the
 * server's peak memory. A few at once still overlap one render's queries with another's work.
 */
export const LOOPBACK_CONCURRENCY = 4;

// Keep-alive: a signed-in reader's page costs one loopback request, not a new connection.
const agent = new http.Agent({ keepAlive: true, maxSockets: LOOPBACK_CONCURRENCY });

/**
 * Asks this very server for one of its own pages over loopback, so that the response comes
 * from the server's page cache exactly as an anonymous reader would get it. The origin is
 * LEDE_INTERNAL_ORIGIN when set, else 127.0.0.1 on the port `next start` listens on.
 */
export function fetchOwnPage(path: string, options: { cookie?: string; timeoutMs?: number } = {}): Promise<OwnPage> {
  const config = env();
  const origin = config.LEDE_INTERNAL_ORIGIN ?? new URL(`http://127.0.0.1:${config.PORT}`);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        agent,
        host: origin.hostname,
        port: origin.port,
        path,
        method: "GET",
        headers: { accept: "text/html", [LOOPBACK_HEADER]: loopbackToken(), ...(options.cookie ? { cookie: options.cookie } : {}) },
        timeout: options.timeoutMs ?? 10_000,
      },
      (response) => {
        response.setEncoding("utf8");
        let body = "";
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 502,
            headers: response.headers,
            body,
          }),
        );
        response.on("error", reject);
      },
    );
    request.on("timeout", () => request.destroy(new Error(`loopback request for ${path} timed out`)));
    request.on("error", reject);
    request.end();
  });
}
