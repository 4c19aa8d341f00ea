import { NextRequest, NextResponse } from "next/server";
import { crossOriginRefused } from "@/app/_lib/route-handler";
import { getDb } from "@/db/client";
import { handlers } from "@/lib/auth/next-auth";
import { normaliseSignInCode } from "@/lib/auth/sign-in-code";
import { isAppError } from "@/lib/errors";
import { clientIp } from "@/server/http/client-ip";
import { isSameOrigin } from "@/server/http/is-same-origin";
import { consumeRateLimit, signInRules } from "@/lib/rate-limit/consume-rate-limit";

/**
 * Auth.js' routes. The e-mail callback (a link's button or a typed code) is rate-limited
 * per address and per IP, and the typed code is normalised ("k7p2-qw9m" → "K7P2QW9M").
 * It signs in, so it is held to the same-origin rule of every state change: it is only
 * ever reached from our own confirm and code forms, and a foreign page that sends a
 * browser there with the attacker's own code would sign the victim into the attacker's
 * account (login CSRF). OAuth callbacks arrive from the provider and carry their own state.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const url = request.nextUrl;
  if (!url.pathname.endsWith("/callback/email")) return handlers.GET(request);
  if (!isSameOrigin(request.headers)) return crossOriginRefused();
  const email = (url.searchParams.get("email") ?? "").trim().toLowerCase();
  try {
    await consumeRateLimit(await getDb(), signInRules("code", email, clientIp(request.headers)), new Date());
  } catch (e) {
    if (isAppError(e)) return new NextResponse(e.message, { status: e.status, headers: { "content-type": "text/plain; charset=utf-8" } });
    throw e;
  }
  const fixed = new URL(url);
  fixed.searchParams.set("token", normaliseSignInCode(url.searchParams.get("token") ?? ""));
  fixed.searchParams.set("email", email);
  return handlers.GET(new NextRequest(fixed, { headers: request.headers }));
}

/** Sign-in starts, sign-out and session updates: same-origin only, like our own routes. */
export async function POST(request: NextRequest): Promise<Response> {
  if (!isSameOrigin(request.headers)) return crossOriginRefused();
  return handlers.POST(request);
}
