import { env } from "@/lib/env";

/**
 * CSRF guard for state-changing requests. A browser's fetch metadata (`Sec-Fetch-Site`)
 * is the strongest signal, so when present it must say `same-origin`; then the `Origin`
 * (or, failing that, `Referer`) must be the site's public origin (lib/env): scheme, host
 * and port, so a page on http://site cannot post to https://site, and a request naming an
 * attacker's Host with a matching Origin is still refused. Requests with neither are refused too.
 */
export function isSameOrigin(headers: Headers, site = env().publicOrigin): boolean {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite !== null && fetchSite !== "same-origin") return false;
  const source = headers.get("origin") ?? headers.get("referer");
  if (!source || source === "null") return false;
  try {
    return new URL(source).origin === site;
  } catch {
    return false;
  }
}
