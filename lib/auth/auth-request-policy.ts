/**
 * What Lede does with a request to Auth.js' routes (/api/auth/…) before Auth.js sees it:
 * the one place that decides, for every method of every path, which sign-in paths are
 * open and which rate limit each counts against.
 *
 * - `refuse`: Auth.js' own e-mail sign-in start (`/signin/email`, any method). Lede's
 *   `/api/session/email-link` is the front door: it validates the address with the sign-in
 *   schema and counts it against the link limits, then calls Auth.js on the server. A second
 *   door would need every one of those rules again, so it is closed instead.
 * - `code`: the e-mail callback (a typed code or a link's button), GET or POST (Auth.js
 *   reads the token from the query string for both): same-origin only, per-address and
 *   per-IP limits, the code and address normalised.
 * - `oauth`: starting or finishing an OAuth sign-in: a per-IP limit (the callback arrives
 *   from the provider, so no same-origin rule on GET).
 * - `pass`: session, CSRF token, providers, sign-out, error and verify-request pages.
 */
export type AuthRequestPolicy = { kind: "refuse" } | { kind: "code" } | { kind: "oauth" } | { kind: "pass" };

export function authRequestPolicy(method: string, pathname: string): AuthRequestPolicy {
  const [action, provider] = pathname.replace(/^\/api\/auth\/?/, "").split("/");
  if (action !== "signin" && action !== "callback") return { kind: "pass" };
  if (!provider) return { kind: "pass" };
  if (provider === "email") return action === "signin" ? { kind: "refuse" } : { kind: "code" };
  // GET /signin/<provider> only renders (redirects to) our sign-in page.
  if (action === "signin" && method.toUpperCase() === "GET") return { kind: "pass" };
  return { kind: "oauth" };
}
