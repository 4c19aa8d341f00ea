import type { IncomingMessage, ServerResponse } from "node:http";
import { giveNonceToNext, isCachedPageResponse } from "../next-adapter";
import { contentSecurityPolicy, createNonce, hashScriptPolicy } from "./content-security-policy";

type Mode = "undecided" | "untouched" | "rendered" | "shared";

/**
 * The Content-Security-Policy of every HTML answer from Next. A page Next renders for this
 * request gets a fresh nonce: it goes into the request's CSP header, from which Next's
 * renderer stamps the scripts it writes. A page shared between readers (Next's page cache,
 * or one rendered into it: `sharedPage` requests get no nonce, which the cache would keep)
 * was rendered for nobody in particular: it is held until complete and allowed by the
 * hashes of its own scripts (found by an HTML parser), and sent unchanged. No markup is
 * ever rewritten here. Conditional requests are answered in full, since a 304 would keep
 * the browser's copy under an old policy.
 */
export function applyContentSecurityPolicy(request: IncomingMessage, response: ServerResponse, options: { sharedPage: boolean }): void {
  if (request.url?.startsWith("/_next/static/")) return;
  const nonce = createNonce();
  if (!options.sharedPage) giveNonceToNext(request, contentSecurityPolicy(nonce));
  delete request.headers["if-none-match"];
  delete request.headers["if-modified-since"];

  let mode: Mode = "undecided";
  const held: Buffer[] = [];
  let heldHead: unknown[] | null = null;
  let releasing = false;
  const decide = () => {
    if (mode !== "undecided" || response.headersSent) return;
    if (!String(response.getHeader("content-type") ?? "").startsWith("text/html")) {
      mode = "untouched";
      return;
    }
    // A page Next rendered just now (MISS) carries this response's nonce; one out of the cache does not.
    const isShared = options.sharedPage || isCachedPageResponse(response.getHeader("x-nextjs-cache"));
    response.removeHeader("etag");
    if (!isShared) {
      response.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce));
      mode = "rendered";
      return;
    }
    response.removeHeader("content-length");
    mode = "shared";
  };
  const hold = (chunk: unknown, encoding: unknown) => {
    if (typeof chunk === "string") held.push(Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
    else if (chunk instanceof Uint8Array) held.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  };
  const callbackIn = (args: unknown[]) => args.find((a): a is () => void => typeof a === "function");

  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  response.writeHead = ((...args: unknown[]) => {
    decide();
    // Once the held page is being sent, a writeHead (compression's implicit one) goes through.
    if (mode !== "shared" || releasing) return writeHead(...args);
    heldHead = args;
    return response;
  }) as ServerResponse["writeHead"];

  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  response.write = ((chunk: unknown, ...rest: unknown[]) => {
    decide();
    if (mode !== "shared" || releasing) return write(chunk, ...rest);
    hold(chunk, rest[0]);
    callbackIn(rest)?.();
    return true;
  }) as ServerResponse["write"];

  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  response.end = ((...args: unknown[]) => {
    decide();
    if (mode !== "shared" || releasing) return end(...args);
    releasing = true;
    if (typeof args[0] !== "function") hold(args[0], args[1]);
    const body = Buffer.concat(held);
    response.setHeader("Content-Security-Policy", hashScriptPolicy(body.toString("utf8")));
    if (heldHead) writeHead(...heldHead);
    const done = callbackIn(args);
    return done ? end(body, done) : end(body);
  }) as ServerResponse["end"];
}
