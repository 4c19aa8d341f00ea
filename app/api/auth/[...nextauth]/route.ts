import { NextRequest, NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { handlers } from "@/lib/auth/next-auth";
import { normaliseSignInCode } from "@/lib/auth/sign-in-code";
import { isAppError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import { consumeRateLimit, signInRules } from "@/lib/rate-limit/consume-rate-limit";

/**
 * Auth.js' routes. The e-mail callback (a link's button or a typed code) is rate-limited
 * per address and per IP, and the typed code is normalised ("k7p2-qw9m" → "K7P2QW9M").
 */
export async function GET(request: NextRequest): Promise<Response> {
  const url = request.nextUrl;
  if (!url.pathname.endsWith("/callback/email")) return handlers.GET(request);
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

export const POST = handlers.POST;
