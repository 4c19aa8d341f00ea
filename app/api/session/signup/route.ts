import { NextResponse } from "next/server";
import { mutationRoute, readJson } from "@/app/_lib/route-handler";
import { getDb } from "@/db/client";
import { safeReturnPath } from "@/lib/auth/credentials-schema";
import { openMemberSession } from "@/lib/auth/open-member-session-next";
import { signUpWithPassword } from "@/lib/auth/sign-up-with-password";
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
  // The newsletters ticked on the form; an address that had an account keeps its own choices.
  if (userId) await setNewsletterOptIns(db, { userId, newsletterIds: optInsFromForm(body) });
  if (userId) await openMemberSession(db, { userId, userAgent: request.headers.get("user-agent") });
  return NextResponse.json({ redirect: safeReturnPath(body?.callbackUrl) }, { status: 201 });
});
