/**
 * The production server: one Node HTTP server in front of Next's request handler.
 * - Shared pages (article, front, listing pages as an anonymous reader gets them) are
 *   answered from the page memory (lib/http/page-memory) without entering Next, and a
 *   signed-in reader's article is that page with their part spliced in (2 queries), and a
 *   search page is the shared search page with the reader's results spliced in.
 * - Stripe's webhook is answered without entering Next either (lib/billing/answer-stripe-webhook).
 * - Everything else goes to Next; its HTML gets a fresh script nonce and its
 *   Content-Security-Policy (lib/http/apply-script-nonces), then is compressed.
 * Usage: serve.ts [-p port] [-H hostname] [--keep-alive-timeout ms].
 */
import http from "node:http";
import { parseArgs } from "node:util";
import compression from "compression";
import getRawBody from "raw-body";
import { getDb } from "@/db/client";
import { answerStripeWebhook } from "@/lib/billing/answer-stripe-webhook";
import { currentGateway } from "@/lib/billing/current-gateway";
import { applyScriptNonces } from "@/lib/http/apply-script-nonces";
import { routeThroughPageMemory, sendSharedPage, serveMemberArticle, serveSearchPage } from "@/lib/http/page-memory-routes";
import { sharedPageMemory } from "@/lib/http/shared-page-memory";
import { answerLegacyRedirect } from "@/lib/import/answer-legacy-redirect";
import { mayBeLegacyUrl } from "@/lib/import/may-be-legacy-url";

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

  const memory = sharedPageMemory();

  const handleWithNext = (request: http.IncomingMessage, response: http.ServerResponse) => {
    applyScriptNonces(request, response);
    handle(request, response).catch((e: unknown) => failed(response, e));
  };

  const answer = (request: http.IncomingMessage, response: http.ServerResponse) => {
    if (request.method === "POST" && request.url === "/api/stripe/webhook") return answerWebhook(request, response);
    // Old WordPress links (lib/import): a 301 from the redirects table, before any render.
    if (mayBeLegacyUrl(request.method, request.url)) {
      return void getDb()
        .then((db) => answerLegacyRedirect(db, request.url!))
        .catch((e: unknown) => (console.error("[lede] legacy redirect lookup failed:", e), null))
        .then((redirect) => (redirect ? (response.writeHead(redirect.status, redirect.headers), response.end()) : serve(request, response)));
    }
    serve(request, response);
  };
  const serve = (request: http.IncomingMessage, response: http.ServerResponse) => {
    const route = memory ? routeThroughPageMemory(request) : null;
    if (memory && route?.kind === "shared") {
      const kept = memory.peek(route.path);
      if (kept) return sendSharedPage(request, response, kept, true);
      memory.get(route.path).then(
        (page) => sendSharedPage(request, response, page, false),
        (e: unknown) => {
          console.error(`[lede] page memory could not fetch ${route.path}, answering through Next:`, e);
          compress(request, response, () => handleWithNext(request, response));
        },
      );
      return;
    }
    const personal = route?.kind === "shared" ? null : route;
    compress(request, response, () => {
      if (!memory || !personal) return handleWithNext(request, response);
      getDb()
        .then((db) =>
          personal.kind === "search" ? serveSearchPage(request, response, personal, { db, memory }) : serveMemberArticle(request, response, personal, { db, memory }),
        )
        .then((served) => served || handleWithNext(request, response))
        .catch((e: unknown) => failed(response, e, "This page could not be loaded just now. Please reload in a moment.", 503));
    });
  };
  const server = http.createServer(answer);
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

function answerWebhook(request: http.IncomingMessage, response: http.ServerResponse): void {
  const header = (name: string) => {
    const value = request.headers[name];
    return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
  };
  // raw-body stops at the limit; Node discards the rest of the body once the answer is sent.
  const readBody = (limit: number) =>
    getRawBody(request, { limit, encoding: "utf8" }).catch((e: unknown) => {
      if ((e as { type?: string }).type === "entity.too.large") return null;
      throw e;
    });
  answerStripeWebhook({ header, readBody }, { db: getDb, gateway: currentGateway }).then(
    (answer) => {
      response.writeHead(answer.status, { "content-type": "application/json", "cache-control": "private, no-store", "x-content-type-options": "nosniff" });
      response.end(JSON.stringify(answer.json));
    },
    (e: unknown) => failed(response, e),
  );
}

function failed(response: http.ServerResponse, e: unknown, message = "Something went wrong on our side. Please try again.", status = 500): void {
  console.error("[lede] request failed:", e);
  if (!response.headersSent) response.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "private, no-store", "retry-after": "5" });
  response.end(message);
}

main().catch((e: unknown) => {
  console.error("[lede] server failed to start:", e instanceof Error ? e.message : e);
  process.exit(1);
});
