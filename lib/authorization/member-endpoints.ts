/**
 * Every route handler, server action and session-reading page outside /admin, with who may
 * call it. lib/authorization/member-endpoints.test.ts walks app/ and fails when a route handler, a
 * server action or a page that reads the session is in neither this list nor
 * lib/admin/admin-endpoints.ts; e2e/member-authorization.spec.ts requests each one as
 * anonymous, two members and staff, replays the state-changing ones cross-origin, and
 * tries every member-owned id of one member as another.
 */
export interface MemberEndpoint {
  file: string;
  method: "GET" | "POST";
  /** A concrete URL to request. */
  url: string;
  /**
   * anyone: no sign-in needed (never 401/403 for a same-origin request);
   * member: any signed-in member, staff included (anonymous: 401, or a redirect to /signin for pages);
   * stripe: Stripe's servers, proven by the webhook signature (everyone else: 4xx).
   */
  callers: "anyone" | "member" | "stripe";
  /** Changes state: refuses cross-origin requests with 403 (CSRF). */
  mutates: boolean;
  /** The member-owned record its input names; another member's id must answer 404 and change nothing. */
  owns?: OwnedRecord;
  /** The JSON body of the probe request (POST). */
  body?: Record<string, unknown>;
  /** Only served in some configurations (off: 404 for everyone). */
  only?: "test-mode" | "dev-outbox";
  /** Ends the caller's own session (probed last). */
  endsSession?: true;
}

export type OwnedRecord = "session" | "test-checkout" | "subscription";

/** A random-looking id nobody owns: members get 404 for it, which proves they got past the guard. */
export const UNKNOWN_ID = "unknown_00000000000000000000";

export const MEMBER_ENDPOINTS: readonly MemberEndpoint[] = [
  // Pages that read the session
  { file: "app/(site)/account/page.tsx", method: "GET", url: "/account", callers: "member", mutates: false },
  { file: "app/(site)/account/organisation/page.tsx", method: "GET", url: "/account/organisation", callers: "member", mutates: false },
  { file: "app/(site)/account/organisation/accept/page.tsx", method: "GET", url: `/account/organisation/accept?token=${UNKNOWN_ID}`, callers: "member", mutates: false },
  { file: "app/(site)/account/receipts/[id]/page.tsx", method: "GET", url: `/account/receipts/${UNKNOWN_ID}`, callers: "member", mutates: false },
  { file: "app/(site)/billing/test-checkout/[id]/page.tsx", method: "GET", url: `/billing/test-checkout/${UNKNOWN_ID}`, callers: "member", mutates: false, owns: "test-checkout", only: "test-mode" },
  { file: "app/(site)/subscribe/page.tsx", method: "GET", url: "/subscribe", callers: "anyone", mutates: false },
  { file: "app/(site)/subscribe/switch/page.tsx", method: "GET", url: "/subscribe/switch?plan=999999", callers: "member", mutates: false },
  // The per-viewer article; what it shows is decided by decideAccess (e2e/leak-crawler.spec.ts).
  { file: "app/(site)/m/articles/[slug]/page.tsx", method: "GET", url: "/m/articles/no-such-piece", callers: "anyone", mutates: false },
  // Search: full-text matches count only for pieces decideAccess lets the viewer read.
  { file: "app/(site)/search/page.tsx", method: "GET", url: "/search?q=drones", callers: "anyone", mutates: false },
  // A signed-in reader's article document: the shared page with their part spliced in (same decision).
  // Sign-in flows (pages, so the matrix also checks they never refuse a visitor)
  { file: "app/(site)/signin/page.tsx", method: "GET", url: "/signin", callers: "anyone", mutates: false },
  { file: "app/(site)/signin/check-email/page.tsx", method: "GET", url: "/signin/check-email", callers: "anyone", mutates: false },
  { file: "app/(site)/signin/confirm/page.tsx", method: "GET", url: "/signin/confirm", callers: "anyone", mutates: false },
  { file: "app/(site)/signin/error/page.tsx", method: "GET", url: "/signin/error", callers: "anyone", mutates: false },
  { file: "app/(site)/signup/page.tsx", method: "GET", url: "/signup", callers: "anyone", mutates: false },
  // Reached from an e-mail, signed out: the signed link is the authority (a bad one: 400).
  { file: "app/(site)/newsletters/unsubscribe/page.tsx", method: "GET", url: "/newsletters/unsubscribe?u=x&n=1&t=x", callers: "anyone", mutates: false },
  { file: "app/dev/outbox/page.tsx", method: "GET", url: "/dev/outbox", callers: "anyone", mutates: false, only: "dev-outbox" },
  // Route handlers
  { file: "app/api/account/gifts/route.ts", method: "POST", url: "/api/account/gifts", callers: "member", mutates: true, body: { action: "revoke", id: 2_000_000_000 } },
  // An organisation's seats: only its managers invite or remove (another's organisation: 404), only the invited address accepts.
  { file: "app/api/account/organisation/route.ts", method: "POST", url: "/api/account/organisation", callers: "member", mutates: true, body: { action: "remove", organisationId: 2_000_000_000, seatId: 2_000_000_000 } },
  { file: "app/api/account/private-feed/route.ts", method: "POST", url: "/api/account/private-feed", callers: "member", mutates: true },
  { file: "app/api/account/delete/route.ts", method: "POST", url: "/api/account/delete", callers: "member", mutates: true, body: { confirmEmail: "not-the-address@readers.example" } },
  { file: "app/api/account/email/route.ts", method: "POST", url: "/api/account/email", callers: "member", mutates: true, body: { newEmail: "not-an-address" } },
  // A staff invitation's link: its page reads the session (anonymous: a sign-in link); accepting needs the invited account.
  { file: "app/(site)/staff-invitation/page.tsx", method: "GET", url: `/staff-invitation?token=${UNKNOWN_ID}`, callers: "anyone", mutates: false },
  { file: "app/api/staff-invitations/accept/route.ts", method: "POST", url: "/api/staff-invitations/accept", callers: "member", mutates: true, body: { token: UNKNOWN_ID } },
  { file: "app/api/account/email/confirm/route.ts", method: "POST", url: "/api/account/email/confirm", callers: "anyone", mutates: true, body: { token: UNKNOWN_ID } },
  { file: "app/api/account/export/route.ts", method: "GET", url: "/api/account/export", callers: "member", mutates: false },
  { file: "app/api/account/newsletters/route.ts", method: "POST", url: "/api/account/newsletters", callers: "member", mutates: true, body: {} },
  { file: "app/api/account/header/route.ts", method: "GET", url: "/api/account/header", callers: "anyone", mutates: false },
  { file: "app/api/account/name/route.ts", method: "POST", url: "/api/account/name", callers: "member", mutates: true, body: { name: "" } },
  { file: "app/api/account/password/route.ts", method: "POST", url: "/api/account/password", callers: "member", mutates: true, body: { currentPassword: "wrong", newPassword: "short" } },
  { file: "app/api/account/sessions/route.ts", method: "POST", url: "/api/account/sessions", callers: "member", mutates: true, owns: "session", body: { action: "revoke", sessionId: UNKNOWN_ID } },
  { file: "app/api/billing/checkout/route.ts", method: "POST", url: "/api/billing/checkout", callers: "member", mutates: true, body: { planId: 999999 } },
  { file: "app/api/billing/subscribe/route.ts", method: "POST", url: "/api/billing/subscribe", callers: "anyone", mutates: true, body: {} },
  { file: "app/api/billing/switch/route.ts", method: "POST", url: "/api/billing/switch", callers: "member", mutates: true, body: { planId: 999999, prorationDate: 1 } },
  { file: "app/api/billing/portal/route.ts", method: "POST", url: "/api/billing/portal", callers: "member", mutates: true },
  { file: "app/api/billing/test-checkout/route.ts", method: "POST", url: "/api/billing/test-checkout", callers: "member", mutates: true, owns: "test-checkout", body: { sessionId: UNKNOWN_ID }, only: "test-mode" },
  { file: "app/api/billing/test-subscription/route.ts", method: "POST", url: "/api/billing/test-subscription", callers: "member", mutates: true, owns: "subscription", body: { subscriptionId: UNKNOWN_ID, action: "cancel" }, only: "test-mode" },
  { file: "app/api/session/email-link/route.ts", method: "POST", url: "/api/session/email-link", callers: "anyone", mutates: true, body: { email: "not-an-address" } },
  { file: "app/api/session/password-reset/route.ts", method: "POST", url: "/api/session/password-reset", callers: "anyone", mutates: true, body: { email: "not-an-address" } },
  { file: "app/api/session/password-reset/confirm/route.ts", method: "POST", url: "/api/session/password-reset/confirm", callers: "anyone", mutates: true, body: { token: UNKNOWN_ID, password: "long-enough-password" } },
  { file: "app/api/session/password/route.ts", method: "POST", url: "/api/session/password", callers: "anyone", mutates: true, body: {} },
  { file: "app/api/session/signup/route.ts", method: "POST", url: "/api/session/signup", callers: "anyone", mutates: true, body: {} },
  { file: "app/api/session/signout/route.ts", method: "POST", url: "/api/session/signout", callers: "anyone", mutates: true, endsSession: true },
  { file: "app/api/stripe/webhook/route.ts", method: "POST", url: "/api/stripe/webhook", callers: "stripe", mutates: true, body: {} },
  // Auth.js: GET includes the e-mail callback, which signs in (so it is a state change, guarded like a POST).
  { file: "app/api/auth/[...nextauth]/route.ts", method: "GET", url: "/api/auth/callback/email?token=NOTATOKEN&email=matrix-probe%40readers.example&callbackUrl=%2F", callers: "anyone", mutates: true },
  { file: "app/api/auth/[...nextauth]/route.ts", method: "POST", url: "/api/auth/signout", callers: "anyone", mutates: true },
  // RFC 8058 one-click unsubscribe: mail providers POST cross-site, so the signed link (not a
  // session or the origin) authorizes it, and it can only unsubscribe; a forged link is a 400.
  { file: "app/api/newsletters/unsubscribe/route.ts", method: "POST", url: "/api/newsletters/unsubscribe?u=x&n=1&t=x", callers: "anyone", mutates: false },
  { file: "app/api/newsletters/unsubscribe/route.ts", method: "GET", url: "/api/newsletters/unsubscribe?u=x&n=1&t=x", callers: "anyone", mutates: false },
  // Public reads
  { file: "app/api/articles/readable/route.ts", method: "GET", url: "/api/articles/readable?ids=1,2", callers: "anyone", mutates: false },
  { file: "app/feeds/[name]/route.ts", method: "GET", url: "/feeds/rss", callers: "anyone", mutates: false },
  { file: "app/feeds/[name]/[slug]/[format]/route.ts", method: "GET", url: "/feeds/tags/nato/rss", callers: "anyone", mutates: false },
  { file: "app/og/articles/[slug]/route.tsx", method: "GET", url: "/og/articles/no-such-piece", callers: "anyone", mutates: false },
  // A member's private feed: the secret address is the credential (no session); an unknown one is a 404.
  { file: "app/private-feeds/[token]/route.ts", method: "GET", url: `/private-feeds/${UNKNOWN_ID}`, callers: "anyone", mutates: false },
  { file: "app/media/[id]/route.ts", method: "GET", url: `/media/${UNKNOWN_ID}`, callers: "anyone", mutates: false },
];
