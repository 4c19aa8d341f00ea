/**
 * The production (and development) server: one Node HTTP server in front of Next's request
 * handler, following the route table (server/route-table.ts).
 * - Shared pages (article, front, listing pages as an anonymous reader gets them) are
 *   answered from the page memory without entering Next; a signed-in reader's article is
 *   that page with their part spliced in, and a search page the shared search page with
 *   the reader's results spliced in.
 * - Stripe's webhook is answered without entering Next either (lib/billing/answer-stripe-webhook).
 * - Everything else goes to Next, with its Content-Security-Policy
 *   (server/csp/apply-content-security-policy), then is compressed.
 * Usage: serve.ts [-p port] [-H hostname] [--keep-alive-timeout ms] [--dev].
 */
import http from "node:http";
import { parseArgs } from "node:util";
import compression from "compression";
import getRawBody from "raw-body";
import { getDb, openDatabaseProbe } from "@/db/client";
import { answerStripeWebhook } from "@/lib/billing/answer-stripe-webhook";
import { currentGateway } from "@/lib/billing/current-gateway";
import { SESSION_HANDOFF_HEADER } from "@/lib/auth/session-handoff";
import { env } from "@/lib/env";
import { answerLegacyRedirect } from "@/lib/import/answer-legacy-redirect";
import { startBackgroundTasks } from "./background-tasks";
import { applyContentSecurityPolicy } from "./csp/apply-content-security-policy";
import { dropRefusedBody } from "./http/drop-refused-body";
import { hideInternalHeaders } from "./http/hide-internal-headers";
import { CLIENT_IP_HEADER, socketClientIp } from "./http/client-ip";
import { answerDatabaseDown, needsDatabase, watchDatabase } from "./http/database-watch";
import { acceptLoopback } from "./http/loopback";
import { watchConnections } from "./http/quiet-connections";
import { createNextHandler, takeBuiltNextConfig } from "./next-adapter";
import { productionServerSettings } from "./next-server-settings";
import { startAnonymousMeterSwitch } from "./access/anonymous-meter-switch";
import { startOrganisationRanges } from "./access/organisation-ranges";
import { sendSharedPage, servePersonalArticle, serveSearchPage } from "./page-memory/serve-pages";
import { answerUnknownArticle, sharedNotFoundPage } from "./page-memory/not-found-page";
import { sharedPageMemory } from "./page-memory/shared-page-memory";
import { isSharedPageRequest, routeRequest, type LedeRoute } from "./route-table";

/** A shared page that is not in memory and exists (or is not an article): fetched through the page memory. */
type SharedFetch = { kind: "shared-fetch"; path: string; personal: { slug: string; token: string } | null };

type Middleware = (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;

/** Methods any route answers; others (TRACE, CONNECT, made-up ones) get a 405 before anything runs. */
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
/** In-flight requests get this long to finish after SIGTERM. */
const SHUTDOWN_GRACE_MS = 10_000;
/** After SIGTERM, a connection with no request in progress for this long is closed. */
const QUIET_CONNECTION_MS = 1_000;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string", short: "p" },
      hostname: { type: "string", short: "H" },
      "keep-alive-timeout": { type: "string" },
      dev: { type: "boolean", default: false },
    },
    strict: true,
  });
  const dev = values.dev === true;
  if (values.port !== undefined) process.env.PORT = values.port;
  // As `next start` does: Next picks its runtime by NODE_ENV, read when it loads.
  Object.assign(process.env, { NODE_ENV: dev ? "development" : "production" });
  // A malformed or missing setting stops here, with a message naming it.
  const config = env();
  const port = config.PORT;
  const hostname = values.hostname;
  // Longer than a load balancer's idle timeout (60 s is common), so the server never closes a
  // socket the balancer is about to reuse.
  const keepAliveTimeout = Number(values["keep-alive-timeout"] ?? 65_000);
  if (!Number.isInteger(keepAliveTimeout) || keepAliveTimeout < 0) throw new Error(`not a timeout: ${values["keep-alive-timeout"]}`);
  const maxBodyBytes = config.LEDE_MAX_BODY_MB * 1024 * 1024;

  // Next's configuration is the build's (plus the server's own settings), without compiling next.config.ts at start.
  if (!dev) takeBuiltNextConfig(process.cwd(), productionServerSettings(process.cwd()));
  const next = await createNextHandler({ dev, dir: process.cwd(), hostname: hostname ?? "localhost", port });
  // Compression comes first so that it sees the markup as sent.
  const compress = compression() as unknown as Middleware;
  const memory = sharedPageMemory();
  const notFound = sharedNotFoundPage(memory);
  const anonymousMeter = startAnonymousMeterSwitch(getDb);
  const organisations = startOrganisationRanges(getDb);
  // PostgreSQL can go away and come back; the embedded database cannot.
  const probe = config.DATABASE_URL ? await openDatabaseProbe(config.DATABASE_URL) : null;
  const database = probe && watchDatabase(probe.probe);

  const handleWithNext = (request: http.IncomingMessage, response: http.ServerResponse) => {
    const sharedPage = isSharedPageRequest(request);
    // The page memory's own loopback requests read the render time; nobody else gets it.
    if (!sharedPage) hideInternalHeaders(response);
    applyContentSecurityPolicy(request, response, { sharedPage });
    next.handle(request, response).catch((e: unknown) => failed(response, e));
  };

  let stopping = false;
  const server = http.createServer((request, response) => {
    // After SIGTERM, a request that came on an open connection is answered, and the connection closed after it.
    if (stopping) response.setHeader("connection", "close");
    if (!METHODS.has(request.method ?? "")) return refuse(response, 405, "Method not allowed.", { allow: [...METHODS].join(", ") });
    if (Number(request.headers["content-length"] ?? 0) > maxBodyBytes) return refuse(response, 413, `Request body too large (at most ${config.LEDE_MAX_BODY_MB} MB).`);
    // The client's address is the socket's (or our proxies' say): never a header the client wrote;
    // a session hand-off is this server's to make (lib/auth/session-handoff).
    request.headers[CLIENT_IP_HEADER] = socketClientIp(request, config.LEDE_TRUSTED_PROXIES);
    delete request.headers[SESSION_HANDOFF_HEADER];
    // This server asking itself for a shared page: Next answers it as any reader, no policy of its own.
    if (acceptLoopback(request)) return void next.handle(request, response).catch((e: unknown) => failed(response, e));

    const first = routeRequest(request);
    if (database?.isDown() && needsDatabase(request, first.kind === "legacy-redirect" ? first.otherwise.kind : first.kind, isSharedPageRequest(request))) return answerDatabaseDown(request, response);
    if (first.kind === "legacy-redirect") {
      getDb()
        .then((db) => answerLegacyRedirect(db, request.url ?? "/"))
        .catch((e: unknown) => (console.error("[lede] legacy redirect lookup failed:", e), null))
        .then((redirect) => {
          if (!redirect) return answer(request, response, first.otherwise);
          response.writeHead(redirect.status, redirect.headers);
          response.end();
        });
      return;
    }
    answer(request, response, first);
  });

  const answer = (request: http.IncomingMessage, response: http.ServerResponse, route: LedeRoute | SharedFetch) => {
    if (route.kind === "webhook") return answerWebhook(request, response, maxBodyBytes);
    if (route.kind === "shared") {
      // A gated article while the anonymous meter is on, or from inside an organisation's range:
      // this reader's answer (a first free read, the organisation's access).
      const personal =
        route.articleSlug !== undefined && (anonymousMeter.isOn() || organisations.match(clientIpOf(request), new Date()))
          ? { slug: route.articleSlug, token: "" }
          : null;
      const kept = memory.peek(route.path);
      if (kept && !(personal && isGatedPage(kept.html))) return sendSharedPage(request, response, kept, true);
      if (kept && personal) return answer(request, response, { kind: "personal-article", ...personal });
      // An article address not in memory may name no piece: Next's not-found page then, without entering Next.
      if (route.articleSlug !== undefined) {
        getDb()
          .then((db) => answerUnknownArticle(request, response, route.articleSlug!, { db, notFound }))
          .catch((e: unknown) => (console.error("[lede] not-found check failed, asking Next:", e), false))
          .then((answered) => answered || answer(request, response, { kind: "shared-fetch", path: route.path, personal }));
        return;
      }
      return answer(request, response, { kind: "shared-fetch", path: route.path, personal });
    }
    if (route.kind === "shared-fetch") {
      const { personal } = route;
      memory.get(route.path).then(
        (page) => {
          if (personal && isGatedPage(page.html)) return answer(request, response, { kind: "personal-article", ...personal });
          // A page answered but not kept (a fresh render, not yet Next's cached copy) has no gzip made once: compressed as it goes, like any other answer.
          if (!page.gzip) return compress(request, response, () => sendSharedPage(request, response, page, false));
          sendSharedPage(request, response, page, false);
        },
        (e: unknown) => {
          console.error(`[lede] page memory could not fetch ${route.path}, answering through Next:`, e);
          compress(request, response, () => handleWithNext(request, response));
        },
      );
      return;
    }
    compress(request, response, () => {
      if (route.kind === "next") return handleWithNext(request, response);
      getDb()
        .then((db) =>
          route.kind === "search"
            ? serveSearchPage(request, response, route, { db, memory })
            : servePersonalArticle(request, response, route, { db, memory, institution: organisations.match(clientIpOf(request), new Date()) }),
        )
        .then((served) => served || handleWithNext(request, response))
        .catch((e: unknown) => {
          database?.suspect();
          failed(response, e, "This page could not be loaded just now. Please reload in a moment.", 503);
        });
    });
  };
  const connections = watchConnections(server);
  if (dev && next.upgrade) server.on("upgrade", next.upgrade);
  server.keepAliveTimeout = keepAliveTimeout;
  server.headersTimeout = keepAliveTimeout + 1_000;
  server.listen(port, hostname, () => console.log(`[lede] ready on http://${hostname ?? "localhost"}:${port} (public origin ${config.publicOrigin})`));
  const stopBackgroundTasks = startBackgroundTasks();

  // Stop accepting, let what is in flight finish (bounded), then close the database pool.
  const shutDown = (signal: NodeJS.Signals) => {
    console.log(`[lede] ${signal}: finishing requests in flight, then stopping`);
    stopBackgroundTasks();
    anonymousMeter.stop();
    organisations.stop();
    database?.stop();
    const force = setTimeout(() => {
      console.error(`[lede] requests still in flight ${SHUTDOWN_GRACE_MS / 1000} s after ${signal}: stopping anyway`);
      process.exit(0);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    server.close(() => {
      import("@/db/client")
        .then(({ closeDatabase }) => Promise.all([closeDatabase(), probe?.close()]))
        .finally(() => process.exit(0));
    });
    // A keep-alive connection (a client's, the page memory's own) that was busy when the signal
    // came is closed as soon as its answer is sent, and one that sends no request within a
    // second is closed too: either would otherwise hold the exit for a minute.
    stopping = true;
    server.closeIdleConnections();
    setInterval(() => {
      server.closeIdleConnections();
      connections.closeQuiet(QUIET_CONNECTION_MS);
    }, 100).unref();
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => shutDown(signal));
}

/** The client's address as this server set it (never a header the client wrote). */
function clientIpOf(request: http.IncomingMessage): string {
  return String(request.headers[CLIENT_IP_HEADER] ?? "");
}

/** A shared article page whose rest is the paywall box (lib/articles/render-article-rest). */
function isGatedPage(html: string): boolean {
  return html.includes("data-paywall");
}

function answerWebhook(request: http.IncomingMessage, response: http.ServerResponse, maxBodyBytes: number): void {
  const header = (name: string) => {
    const value = request.headers[name];
    return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
  };
  // raw-body stops at the limit; the rest is dropped before the 413 (see dropRefusedBody).
  const readBody = (limit: number) =>
    getRawBody(request, { limit, encoding: "utf8" }).catch(async (e: unknown) => {
      if ((e as { type?: string }).type !== "entity.too.large") throw e;
      await dropRefusedBody(request, maxBodyBytes);
      return null;
    });
  answerStripeWebhook({ header, readBody }, { db: getDb, gateway: currentGateway }).then(
    (answer) => {
      response.writeHead(answer.status, { "content-type": "application/json", "cache-control": "private, no-store", "x-content-type-options": "nosniff" });
      response.end(JSON.stringify(answer.json));
    },
    (e: unknown) => failed(response, e),
  );
}

function refuse(response: http.ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "private, no-store", connection: "close", ...headers });
  response.end(message);
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
