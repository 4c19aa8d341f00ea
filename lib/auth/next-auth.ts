/*
 * Auth.js (next-auth v5) for Lede: e-mail sign-in links with a one-time code, OAuth
 * providers when their keys are set, database sessions through the Drizzle adapter.
 * Password sign-in opens the same database sessions itself (lib/auth/create-session).
 */
import { skipCSRFCheck } from "@auth/core";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth, { type NextAuthConfig } from "next-auth";
import type { Adapter } from "next-auth/adapters";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { getDb, inTransaction, type Database } from "@/db/client";
import { env } from "@/lib/env";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { emailLocale } from "@/lib/email/email-locale";
import { sendEmail } from "@/lib/email/send-email";
import { signInEmail } from "@/lib/email/sign-in-email";
import { getSettings } from "@/lib/settings/settings";
import { siteConfig } from "@/lib/site-config";
import { enqueueWebhookEvent } from "@/lib/webhooks/enqueue-webhook-event";
import { claimVerifiedEmail } from "./claim-verified-email";
import { storeSignInCode } from "./store-sign-in-code";
import { enforceSessionLimit } from "./enforce-session-limit";
import { SESSION_MAX_AGE_SECONDS, sessionCookieFlags, sessionCookieName, usesSecureCookies } from "./session-cookie";
import { formatSignInCode, generateSignInCode } from "./sign-in-code";
import { willProofDropPassword } from "./will-proof-drop-password";

export const SIGN_IN_LINK_MINUTES = 15;

// Auth.js builds e-mailed links and its redirects from AUTH_URL when set, else from the
// request's Host or X-Forwarded-Host, which a client chooses: always from the public origin.
process.env.AUTH_URL = `${env().publicOrigin}/api/auth`;

function oauthProviders(): NextAuthConfig["providers"] {
  const providers: NextAuthConfig["providers"] = [];
  const { AUTH_GITHUB_ID, AUTH_GITHUB_SECRET, AUTH_GOOGLE_ID, AUTH_GOOGLE_SECRET } = env();
  if (AUTH_GITHUB_ID && AUTH_GITHUB_SECRET) providers.push(GitHub);
  if (AUTH_GOOGLE_ID && AUTH_GOOGLE_SECRET) providers.push(Google);
  return providers;
}

export function enabledOAuthProviders(): { id: string; name: string }[] {
  return [
    ...(env().AUTH_GITHUB_ID && env().AUTH_GITHUB_SECRET ? [{ id: "github", name: "GitHub" }] : []),
    ...(env().AUTH_GOOGLE_ID && env().AUTH_GOOGLE_SECRET ? [{ id: "google", name: "Google" }] : []),
  ];
}

/** The Drizzle adapter, plus: an e-mail sign-in that proves the address first claims the account. */
function ledeAdapter(db: Database): Adapter {
  const base = DrizzleAdapter(db, { usersTable: users, accountsTable: accounts, sessionsTable: sessions, verificationTokensTable: verificationTokens });
  return {
    ...base,
    // Auth.js sets emailVerified here when an e-mail link or code signs an existing user in.
    async updateUser(user) {
      if (user.emailVerified) await claimVerifiedEmail(db, { userId: user.id });
      return base.updateUser!(user);
    },
    // A sign-up by e-mail link or OAuth: the account and its member.created event in one transaction.
    createUser: (user) =>
      inTransaction(db, async (t) => {
        const created = await DrizzleAdapter(t, { usersTable: users, accountsTable: accounts, sessionsTable: sessions, verificationTokensTable: verificationTokens }).createUser!(user);
        await enqueueWebhookEvent(t, { type: "member.created", data: { memberId: created.id, email: created.email, name: created.name ?? null, source: "sign-in" } });
        return created;
      }),
    // One outstanding code per address: a new one ends the earlier ones.
    createVerificationToken: (token) => storeSignInCode(db, token),
  };
}

export const { handlers, signIn } = NextAuth(async () => {
  const db = await getDb();
  return {
    adapter: ledeAdapter(db),
    session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS },
    trustHost: true,
    // Every Auth.js POST passes our same-origin check first (app/api/auth/[...nextauth]/route.ts),
    // which replaces Auth.js' double-submit token: the sign-in page's OAuth buttons are plain
    // forms without it, and Auth.js refused them (MissingCSRF) while it was on.
    skipCSRFCheck,
    useSecureCookies: usesSecureCookies(),
    cookies: { sessionToken: { name: sessionCookieName(), options: sessionCookieFlags() } },
    pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin/error" },
    providers: [
      {
        id: "email",
        type: "email",
        name: "E-mail",
        maxAge: SIGN_IN_LINK_MINUTES * 60,
        generateVerificationToken: generateSignInCode,
        normalizeIdentifier: (identifier: string) => identifier.trim().toLowerCase(),
        async sendVerificationRequest({ identifier, url, token }) {
          // The e-mailed link opens a confirmation page; only its button signs in.
          const callback = new URL(url);
          const confirm = new URL("/signin/confirm", callback.origin);
          for (const key of ["token", "email", "callbackUrl"]) {
            const value = callback.searchParams.get(key);
            if (value) confirm.searchParams.set(key, value);
          }
          const dropsPassword = await willProofDropPassword(db, identifier);
          await sendEmail(db, signInEmail({ to: identifier, siteName: siteConfig.name, confirmUrl: confirm.toString(), code: formatSignInCode(token), minutes: SIGN_IN_LINK_MINUTES, dropsPassword, locale: await emailLocale(db) }));
        },
        options: {},
      },
      ...oauthProviders(),
    ],
    events: {
      async signIn({ user }) {
        if (!user.id) return;
        const { maxSessionsPerMember } = await getSettings(db);
        await enforceSessionLimit(db, { userId: user.id, max: maxSessionsPerMember, now: new Date() });
      },
    },
  } satisfies NextAuthConfig;
});
