import { NextRequest, NextResponse } from "next/server";
import { localiseErrorMessage } from "@/app/_lib/localise-error";
import { crossOriginRefused } from "@/app/_lib/route-handler";
import { getDb } from "@/db/client";
import { authRequestPolicy } from "@/lib/auth/auth-request-policy";
import { consumeCodeAttempt } from "@/lib/auth/consume-code-attempt";
import { emailSchema } from "@/lib/auth/credentials-schema";
import { handlers } from "@/lib/auth/next-auth";
import { nameSessionDevice } from "@/lib/auth/name-session-device";
import { isWellFormedSessionToken, sessionCookieName } from "@/lib/auth/session-cookie";
import { normaliseSignInCode } from "@/lib/auth/sign-in-code";
import { isAppError } from "@/lib/errors";
import { clientIp } from "@/server/http/client-ip";
import { isSameOrigin } from "@/server/http/is-same-origin";
import { consumeRateLimit, oauthRules } from "@/lib/rate-limit/consume-rate-limit";

const plain = (message: string, status: number) => new NextResponse(message, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

/**
 * Auth.js' routes, every method through one gate (lib/auth/auth-request-policy.ts):
 * Auth.js' own e-mail sign-in start is closed (404: /api/session/email-link is the front
 * door), the e-mail callback is rate-limited per address and IP with the address and the
 * typed code normalised ("k7p2-qw9m" → "K7P2QW9M"), OAuth starts and callbacks per IP.
 * The e-mail callback signs in, so it is held to the same-origin rule of every state
 * change whatever its method: it is only ever reached from our own confirm and code forms,
 * and a foreign page that sends a browser there with the attacker's own code would sign the
 * victim into the attacker's account (login CSRF). OAuth callbacks arrive from the
 * provider and carry their own state; every POST is same-origin only.
 */
async function answer(request: NextRequest): Promise<Response> {
  const url = request.nextUrl;
  const policy = authRequestPolicy(request.method, url.pathname);
  if (policy.kind === "refuse") return plain("Not found.", 404);
  if ((request.method !== "GET" || policy.kind === "code") && !isSameOrigin(request.headers)) return crossOriginRefused();
  const token = request.cookies.get(sessionCookieName())?.value;
  if (token !== undefined && !isWellFormedSessionToken(token)) return plain("Malformed session cookie.", 400);
  try {
    if (policy.kind === "code") return await withDeviceNamed(request, await answerCode(request));
    if (policy.kind === "oauth") await consumeRateLimit(await getDb(), oauthRules(clientIp(request.headers)), new Date());
  } catch (e) {
    if (isAppError(e)) return plain(await localiseErrorMessage(e.message, e.words), e.status);
    throw e;
  }
  const response = request.method === "GET" ? await handlers.GET(request) : await handlers.POST(request);
  return policy.kind === "oauth" ? withDeviceNamed(request, response) : response;
}

/** A session Auth.js just opened gets the browser's name, as password sign-ins' do. */
async function withDeviceNamed(request: NextRequest, response: Response): Promise<Response> {
  const prefix = `${sessionCookieName()}=`;
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith(prefix));
  const sessionToken = cookie?.slice(prefix.length).split(";")[0];
  if (sessionToken && isWellFormedSessionToken(sessionToken)) await nameSessionDevice(await getDb(), { sessionToken, userAgent: request.headers.get("user-agent") });
  return response;
}

async function answerCode(request: NextRequest): Promise<Response> {
  const url = request.nextUrl;
  const email = emailSchema.safeParse(url.searchParams.get("email") ?? "");
  const code = normaliseSignInCode(url.searchParams.get("token") ?? "");
  if (!email.success || !code) return plain(await localiseErrorMessage("This sign-in link is incomplete. Ask for a new one."), 400);
  await consumeCodeAttempt(await getDb(), { email: email.data, ip: clientIp(request.headers), now: new Date() });
  const fixed = new URL(url);
  fixed.searchParams.set("token", code);
  fixed.searchParams.set("email", email.data);
  const forwarded = new NextRequest(fixed, { headers: request.headers, method: request.method, body: request.method === "GET" ? undefined : await request.arrayBuffer() });
  return request.method === "GET" ? handlers.GET(forwarded) : handlers.POST(forwarded);
}

export const GET = answer;
export const POST = answer;
