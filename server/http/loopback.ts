import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";

/**
 * Marks the server's request for its own shared page (server/page-memory/fetch-own-page):
 * such a request is answered without a policy of its own (the outer response has one).
 */
export const LOOPBACK_HEADER = "x-lede-loopback";

const LOOPBACK_ADDRESSES = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

const holder = globalThis as unknown as { __ledeLoopbackToken?: string };

/** This process's loopback token (on globalThis: Next's bundles load their own copy of this module). */
export function loopbackToken(): string {
  holder.__ledeLoopbackToken ??= randomBytes(18).toString("base64url");
  return holder.__ledeLoopbackToken;
}

/**
 * Whether the request is this server asking itself: the header carries this process's
 * token and the socket is a loopback one. Anything else with the header (a client who
 * read the source) is treated as any reader; the header is removed.
 */
export function acceptLoopback(request: IncomingMessage): boolean {
  const value = request.headers[LOOPBACK_HEADER];
  if (value === undefined) return false;
  delete request.headers[LOOPBACK_HEADER];
  return value === loopbackToken() && LOOPBACK_ADDRESSES.has(request.socket.remoteAddress ?? "");
}
