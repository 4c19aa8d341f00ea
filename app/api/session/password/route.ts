import { NextResponse } from "next/server";
import { mutationRoute, readJson } from "@/app/_lib/route-handler";
import { getDb } from "@/db/client";
import { safeReturnPath } from "@/lib/auth/credentials-schema";
import { openMemberSession } from "@/lib/auth/open-member-session-next";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { clientIp } from "@/server/http/client-ip";
import { consumeRateLimit, signInRules } from "@/lib/rate-limit/consume-rate-limit";

export const POST = mutationRoute(async (request) => {
  const body = (await readJson(request)) as Record<string, unknown> | null;
  const db = await getDb();
  await consumeRateLimit(db, signInRules("password", body?.email, clientIp(request.headers)), new Date());
  const { userId } = await signInWithPassword(db, body);
  const { revokedOthers } = await openMemberSession(db, { userId, userAgent: request.headers.get("user-agent") });
  return NextResponse.json({ redirect: safeReturnPath(body?.callbackUrl), revokedOthers });
});
