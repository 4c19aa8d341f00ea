/**
 * CSRF guard for state-changing route handlers: the browser's Origin (or, failing that,
 * Referer) must be this site. Requests without either are refused too.
 */
export function isSameOrigin(headers: Headers): boolean {
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
