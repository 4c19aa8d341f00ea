/**
 * The client's address for rate limits. `next start` sets X-Forwarded-For from the socket
 * when the request has none; behind N trusted proxies (LEDE_TRUSTED_PROXIES=N) the
 * address is the Nth entry from the right, the one our own proxy appended.
 */
export function clientIp(headers: Headers): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const trusted = Number(process.env.LEDE_TRUSTED_PROXIES ?? 0);
  const index = Math.max(0, chain.length - 1 - (Number.isInteger(trusted) && trusted > 0 ? trusted - 1 : 0));
  return chain[index] ?? "unknown";
}
