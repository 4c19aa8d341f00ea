import { NextResponse } from "next/server";
import { mutationRoute, readJson } from "@/app/_lib/route-handler";
import { requireMember } from "@/app/_lib/require-member";
import { getDb } from "@/db/client";
import { accountChangeRules } from "@/lib/account/account-rate-rules";
import { requestEmailChange } from "@/lib/account/request-email-change";
import { env } from "@/lib/env";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";

/** A member asks to change their address: a link goes to the new one, a notice to the old one. */
export const POST = mutationRoute(async (request) => {
  const member = await requireMember();
  const body = (await readJson(request)) as Record<string, unknown> | null;
  const db = await getDb();
  const now = new Date();
  await consumeRateLimit(db, accountChangeRules("email-change", member.viewer.id), now);
  await requestEmailChange(db, { userId: member.viewer.id, newEmail: body?.newEmail, origin: env().publicOrigin, now });
  return NextResponse.json({ redirect: "/account?notice=email-sent" });
});
