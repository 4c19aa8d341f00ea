/**
 * CSRF guard for state-changing requests. A browser's fetch metadata (`Sec-Fetch-Site`)
 * is the strongest signal, so when present it must say `same-origin`; then the `Origin`
 * (or, failing that, `Referer`) must be this site's origin: scheme, host and port, so a
 * page on http://site (which anyone on the network can rewrite) cannot post to
 * https://site. Requests with neither are refused too.
 */
export function isSameOrigin(headers: Headers): boolean {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite !== null && fetchSite !== "same-origin") return false;
  const site = siteOrigin(headers);
  if (!site) return false;
  const source = headers.get("origin") ?? headers.get("referer");
  if (!source || source === "null") return false;
  try {
    return new URL(source).origin === site;
  } catch {
    return false;
  }
}

/**
 * The origin requests must come from: the configured public URL when there is one (the
 * lead's lib/env.ts will hold it); else the request's host, with the scheme a proxy
 * reports (`X-Forwarded-Proto`) or plain http, the only one `next start` serves.
 */
function siteOrigin(headers: Headers): string | null {
  const configured = process.env.LEDE_PUBLIC_URL;
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      return null;
    }
  }
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!host) return null;
  const proto = (headers.get("x-forwarded-proto") ?? "http").split(",")[0]!.trim().toLowerCase();
  try {
    return new URL(`${proto}://${host}`).origin;
  } catch {
    return null;
  }
}
