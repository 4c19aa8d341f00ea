import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";
import { env } from "@/lib/env";

/** The header the production server sets to the client's address (any value a client sent is replaced). */
export const CLIENT_IP_HEADER = "x-lede-client-ip";

/**
 * The client's address as the server saw it: the socket's, or behind N trusted proxies
 * (LEDE_TRUSTED_PROXIES=N) the entry of X-Forwarded-For that the outermost of our own
 * proxies appended (the Nth from the right). Entries further left are the client's to choose.
 */
export function socketClientIp(request: Pick<IncomingMessage, "headers" | "socket">, trustedProxies = env().LEDE_TRUSTED_PROXIES): string {
  const socket = request.socket.remoteAddress ?? "unknown";
  if (trustedProxies === 0) return socket;
  const forwarded = request.headers["x-forwarded-for"];
  const chain = (Array.isArray(forwarded) ? forwarded.join(",") : (forwarded ?? ""))
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const candidate = chain[chain.length - trustedProxies];
  return candidate && isIP(candidate) ? candidate : socket;
}

/** The client's address for rate limits, from the header the production server set. */
export function clientIp(headers: Headers): string {
  return headers.get(CLIENT_IP_HEADER) ?? "unknown";
}
