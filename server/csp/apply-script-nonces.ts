import type { IncomingMessage, ServerResponse } from "node:http";
import { StringDecoder } from "node:string_decoder";
import { contentSecurityPolicy, createNonce, createScriptNonceStream } from "./content-security-policy";

/** A route handler that serves a shared page's markup says so with this header (removed before sending). */
export const SHARED_PAGE_HEADER = "x-lede-shared-page";

/**
 * Marks the server's request for its own shared page (server/page-memory/fetch-own-page): the markup is
 * re-stamped by the outer response anyway. Only the sender is affected by it (a page without a
 * policy), and a browser cannot be made to send it with a navigation.
 */
export const LOOPBACK_HEADER = "x-lede-loopback";

type Rewrite = (chunk: string, final: boolean) => string;

/**
 * Per-response script nonces for every HTML page, cached ones included. The nonce goes into
 * the request's CSP header, from which Next's renderer stamps the scripts of pages it renders
 * for this request. Pages served from the page cache (and the shared page a member's article
 * is spliced into) were rendered for nobody in particular: their script tags get this
 * response's nonce on the way out. Conditional requests are answered in full, since a 304
 * would keep the browser's copy with an old nonce.
 */
export function applyScriptNonces(request: IncomingMessage, response: ServerResponse): void {
  if (request.url?.startsWith("/_next/static/") || request.headers[LOOPBACK_HEADER] !== undefined) return;
  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce);
  request.headers["content-security-policy"] = policy;
  delete request.headers["if-none-match"];
  delete request.headers["if-modified-since"];

  let decided = false;
  let rewrite: Rewrite | null = null;
  const decoder = new StringDecoder("utf8");
  const decide = () => {
    if (decided || response.headersSent) return;
    decided = true;
    if (!String(response.getHeader("content-type") ?? "").startsWith("text/html")) return;
    response.setHeader("Content-Security-Policy", policy);
    const isShared = response.hasHeader(SHARED_PAGE_HEADER) || response.hasHeader("x-nextjs-cache");
    response.removeHeader(SHARED_PAGE_HEADER);
    response.removeHeader("etag");
    if (isShared) {
      response.removeHeader("content-length");
      rewrite = createScriptNonceStream(nonce);
    }
  };
  const text = (chunk: unknown): string =>
    typeof chunk === "string" ? chunk : chunk instanceof Uint8Array ? decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)) : "";

  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  response.writeHead = ((...args: unknown[]) => {
    decide();
    return writeHead(...args);
  }) as ServerResponse["writeHead"];

  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  response.write = ((chunk: unknown, ...rest: unknown[]) => {
    decide();
    if (!rewrite) return write(chunk, ...rest);
    return write(rewrite(text(chunk), false), ...rest.filter((a) => typeof a === "function"));
  }) as ServerResponse["write"];

  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  response.end = ((chunk?: unknown, ...rest: unknown[]) => {
    decide();
    if (!rewrite) return end(chunk, ...rest);
    const callbacks = [chunk, ...rest].filter((a) => typeof a === "function");
    const body = typeof chunk === "function" ? undefined : chunk;
    // A whole body in one call keeps an exact length: Node adds it while headers are not out.
    return end(rewrite(text(body) + decoder.end(), true), ...callbacks);
  }) as ServerResponse["end"];
}
