import { NextResponse } from "next/server";
import { mutationRoute, readJson } from "@/app/_lib/route-handler";
import { getDb } from "@/db/client";
import { safeReturnPath } from "@/lib/auth/credentials-schema";
import { openMemberSession } from "@/lib/auth/open-member-session-next";
import { signUpWithPassword } from "@/lib/auth/sign-up-with-password";
import { recordAttribution } from "@/lib/billing/attribution/record-attribution";
import { resolveAttribution } from "@/lib/billing/attribution/resolve-attribution";
import { optInsFromForm, setNewsletterOptIns } from "@/lib/newsletters/member-newsletters";
import { clientIp } from "@/server/http/client-ip";
import { env } from "@/lib/env";
import { consumeRateLimit, signInRules } from "@/lib/rate-limit/consume-rate-limit";

/**
 * Creates an account and signs it in. An address that already has one gets the same
 * answer (the owner is e-mailed instead, and no session opens), so sign-up tells nobody
 * which addresses are members.
 */
export const POST = mutationRoute(async (request) => {
  const body = (await readJson(request)) as Record<string, unknown> | null;
  const db = await getDb();
  await consumeRateLimit(db, signInRules("signup", body?.email, clientIp(request.headers)), new Date());
  const { userId } = await signUpWithPassword(db, body, { origin: env().publicOrigin });
  if (userId) {
    // The newsletters ticked on the form; an address that had an account keeps its own choices.
    await setNewsletterOptIns(db, { userId, newsletterIds: optInsFromForm(body) });
    await openMemberSession(db, { userId, userAgent: request.headers.get("user-agent") });
    // Created from an article's paywall: the article's conversion (lib/billing/attribution).
    const attribution = await resolveAttribution(db, { from: body?.from, gift: body?.gift, secret: env().AUTH_SECRET, now: new Date() });
    if (attribution) await recordAttribution(db, { event: "signup", member: { id: userId }, ...attribution, planId: null });
  }
  // The same answer for an address that had an account (no session opens then, so the page shows no welcome).
  return NextResponse.json({ redirect: welcomePath(safeReturnPath(body?.callbackUrl)) }, { status: 201 });
});

/** Back to the article with its "account created" line, or to the account page that says it. */
function welcomePath(returnTo: string): string {
  const url = new URL(returnTo, "http://lede.invalid");
  if (!url.pathname.startsWith("/articles/")) return "/account?notice=account-created";
  url.searchParams.set("account", "created");
  return url.pathname + url.search;
}
