import { NextResponse } from "next/server";
import { mutationRoute, readJson } from "@/app/_lib/route-handler";
import { getDb } from "@/db/client";
import { emailSchema, safeReturnPath } from "@/lib/auth/credentials-schema";
import { signIn } from "@/lib/auth/next-auth";
import { AppError } from "@/lib/errors";
import { clientIp } from "@/server/http/client-ip";
import { consumeRateLimit, signInRules } from "@/lib/rate-limit/consume-rate-limit";

/** Sends a sign-in link and code; works for new readers too (the account is made on first sign-in). */
export const POST = mutationRoute(async (request) => {
  const body = (await readJson(request)) as Record<string, unknown> | null;
  const email = emailSchema.safeParse(body?.email);
  if (!email.success) throw new AppError("INVALID_INPUT", "Enter a valid e-mail address.", { email: "Enter a valid e-mail address." });
  const db = await getDb();
  await consumeRateLimit(db, signInRules("email-link", email.data, clientIp(request.headers)), new Date());
  const callbackUrl = safeReturnPath(body?.callbackUrl);
  await signIn("email", { email: email.data, redirect: false, redirectTo: callbackUrl });
  const next = new URLSearchParams({ email: email.data, callbackUrl });
  return NextResponse.json({ redirect: `/signin/check-email?${next}` });
});
