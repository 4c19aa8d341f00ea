import { NextResponse } from "next/server";
import { mutationRoute, readJson } from "@/app/_lib/route-handler";
import { getDb } from "@/db/client";
import { passwordResetRules } from "@/lib/account/account-rate-rules";
import { requestPasswordReset } from "@/lib/account/request-password-reset";
import { env } from "@/lib/env";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { clientIp } from "@/server/http/client-ip";

/** "Forgot password?": the same answer whether or not the address has an account. */
export const POST = mutationRoute(async (request) => {
  const body = (await readJson(request)) as Record<string, unknown> | null;
  const db = await getDb();
  const now = new Date();
  await consumeRateLimit(db, passwordResetRules(body?.email, clientIp(request.headers)), now);
  await requestPasswordReset(db, { email: body?.email, origin: env().publicOrigin, now });
  return NextResponse.json({ redirect: "/forgot-password?sent=1" });
});
