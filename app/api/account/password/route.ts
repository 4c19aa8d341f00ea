import { NextResponse } from "next/server";
import { mutationRoute, readJson } from "@/app/_lib/route-handler";
import { requireMember } from "@/app/_lib/require-member";
import { getDb } from "@/db/client";
import { accountChangeRules } from "@/lib/account/account-rate-rules";
import { changePassword } from "@/lib/account/change-password";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";

/** A member sets a new password (the current one first, when they have one); other sessions end. */
export const POST = mutationRoute(async (request) => {
  const member = await requireMember();
  const body = (await readJson(request)) as Record<string, unknown> | null;
  const db = await getDb();
  await consumeRateLimit(db, accountChangeRules("password-change", member.viewer.id), new Date());
  await changePassword(db, { userId: member.viewer.id, sessionId: member.sessionId, currentPassword: body?.currentPassword, newPassword: body?.newPassword });
  return NextResponse.json({ redirect: "/account?notice=password" });
});
