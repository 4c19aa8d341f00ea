import { NextResponse } from "next/server";
import { z } from "zod";
import { mutationRoute, readJson } from "@/app/_lib/route-handler";
import { getDb } from "@/db/client";
import { openMemberSession } from "@/lib/auth/open-member-session-next";
import { signUpForCheckout } from "@/lib/auth/sign-up-for-checkout";
import { recordAttribution } from "@/lib/billing/attribution/record-attribution";
import { resolveAttribution } from "@/lib/billing/attribution/resolve-attribution";
import { currentGateway } from "@/lib/billing/current-gateway";
import { startCheckout } from "@/lib/billing/start-checkout";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { consumeRateLimit, signInRules } from "@/lib/rate-limit/consume-rate-limit";
import { serialIdSchema } from "@/lib/validation/ids";
import { clientIp } from "@/server/http/client-ip";

const bodySchema = z.object({ planId: serialIdSchema, from: z.string().max(200).optional(), gift: z.string().max(100).optional() });

/**
 * A signed-out reader chose a plan on /subscribe: create their account from the e-mail
 * (and optional password) they gave, sign them in, and go straight on to checkout with the
 * plan kept. An address that already has an account is never signed in here: the reader is
 * sent to sign in, the plan and the article kept. Rate-limited like sign-up.
 */
export const POST = mutationRoute(async (request) => {
  const body = (await readJson(request)) as Record<string, unknown> | null;
  const choice = bodySchema.safeParse(body ?? {});
  if (!choice.success) throw new AppError("INVALID_INPUT", "Choose a plan.");
  const db = await getDb();
  const now = new Date();
  await consumeRateLimit(db, signInRules("signup", body?.email, clientIp(request.headers)), now);
  const account = await signUpForCheckout(db, body);
  const { planId, from, gift } = choice.data;
  const resume = new URLSearchParams({ plan: String(planId), ...(from ? { from } : {}), ...(gift ? { gift } : {}) });
  if ("existing" in account) {
    const signIn = new URLSearchParams({ callbackUrl: `/subscribe?${resume}`, email: account.email, notice: "account-exists" });
    return NextResponse.json({ redirect: `/signin?${signIn}` });
  }
  await openMemberSession(db, { userId: account.userId, userAgent: request.headers.get("user-agent") });
  const attribution = await resolveAttribution(db, { from, gift, secret: env().AUTH_SECRET, now });
  if (attribution) await recordAttribution(db, { event: "signup", member: { id: account.userId }, ...attribution, planId });
  const { url } = await startCheckout(db, currentGateway(db), {
    userId: account.userId,
    planId,
    returnTo: from ? `/articles/${encodeURIComponent(from)}` : "/account",
    origin: env().publicOrigin,
    now,
    accountCreated: true,
    ...(attribution ? { attribution } : {}),
  });
  // The local test checkout says the account was created; Stripe's page cannot, so the article or account page does on return.
  return NextResponse.json({ redirect: url.startsWith("/") ? `${url}?account=created` : url }, { status: 201 });
});
