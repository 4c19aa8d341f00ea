/**
 * The production server: Next's request handler behind one Node HTTP server that gives
 * every HTML response a fresh script nonce and its Content-Security-Policy (see
 * lib/http/apply-script-nonces), then compresses.
 * Usage: serve.ts [-p port] [-H hostname] [--keep-alive-timeout ms].
 */
import http from "node:http";
import { parseArgs } from "node:util";
import compression from "compression";
import { applyScriptNonces } from "@/lib/http/apply-script-nonces";

type Middleware = (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string", short: "p" },
      hostname: { type: "string", short: "H" },
      "keep-alive-timeout": { type: "string" },
    },
    strict: true,
  });
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`not a port: ${values.port ?? process.env.PORT}`);
  const hostname = values.hostname;
  // Longer than a load balancer's idle timeout (60 s is common), so the server never closes a
  // socket the balancer is about to reuse.
  const keepAliveTimeout = Number(values["keep-alive-timeout"] ?? 65_000);
  if (!Number.isInteger(keepAliveTimeout) || keepAliveTimeout < 0) throw new Error(`not a timeout: ${values["keep-alive-timeout"]}`);

  // As `next start` does: Next picks its production runtime by NODE_ENV, read when it loads.
  Object.assign(process.env, { NODE_ENV: "production" });
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? "localhost", port });
  const handle = app.getRequestHandler();
  // Compression comes first so that it sees the markup after the nonces are in.
  const compress = compression() as unknown as Middleware;
  await app.prepare();

  const server = http.createServer((request, response) => {
    compress(request, response, () => {
      applyScriptNonces(request, response);
      handle(request, response).catch((e: unknown) => {
        console.error("[lede] request failed:", e);
        if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
        response.end("Something went wrong on our side. Please try again.");
      });
    });
  });
  server.keepAliveTimeout = keepAliveTimeout;
  server.headersTimeout = keepAliveTimeout + 1_000;
  server.listen(port, hostname, () => {
    // lib/http/fetch-own-page asks this server for its own pages on this port.
    process.env.PORT = String(port);
    console.log(`[lede] ready on http://${hostname ?? "localhost"}:${port}`);
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => server.close(() => process.exit(0)));
  }
}

main().catch((e: unknown) => {
  console.error("[lede] server failed to start:", e instanceof Error ? e.message : e);
  process.exit(1);
});
