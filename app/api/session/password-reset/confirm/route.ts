import { NextResponse } from "next/server";
import { mutationRoute, readJson } from "@/app/_lib/route-handler";
import { getDb } from "@/db/client";
import { accountChangeRules } from "@/lib/account/account-rate-rules";
import { resetPassword } from "@/lib/account/reset-password";
import { openMemberSession } from "@/lib/auth/open-member-session-next";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { clientIp } from "@/server/http/client-ip";

/** Sets the new password of a reset link, ends every other session and signs this browser in. */
export const POST = mutationRoute(async (request) => {
  const body = (await readJson(request)) as Record<string, unknown> | null;
  const db = await getDb();
  const now = new Date();
  await consumeRateLimit(db, accountChangeRules("link-use", `ip:${clientIp(request.headers)}`), now);
  const { userId } = await resetPassword(db, { token: body?.token, password: body?.password, now });
  await openMemberSession(db, { userId, userAgent: request.headers.get("user-agent") });
  return NextResponse.json({ redirect: "/account?notice=password-reset" });
});
