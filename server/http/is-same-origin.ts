/**
 * CSRF guard for state-changing requests. A browser's fetch metadata (`Sec-Fetch-Site`)
 * is the strongest signal, so when present it must say `same-origin`; then the `Origin`
 * (or, failing that, `Referer`) must be this site. Requests with neither are refused too.
 */
export function isSameOrigin(headers: Headers): boolean {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite !== null && fetchSite !== "same-origin") return false;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!host) return false;
  const source = headers.get("origin") ?? headers.get("referer");
  if (!source || source === "null") return false;
  try {
    return new URL(source).host === host;
  } catch {
    return false;
  }
}
