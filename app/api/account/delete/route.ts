import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { mutationRoute, readJson } from "@/app/_lib/route-handler";
import { requireMember } from "@/app/_lib/require-member";
import { getDb } from "@/db/client";
import { accountChangeRules } from "@/lib/account/account-rate-rules";
import { deleteAccount } from "@/lib/account/delete-account";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { currentGateway } from "@/lib/billing/current-gateway";
import { AppError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";

/** Deletes the member's account once they typed its address; subscriptions are cancelled first. */
export const POST = mutationRoute(async (request) => {
  const member = await requireMember();
  const body = (await readJson(request)) as Record<string, unknown> | null;
  const typed = typeof body?.confirmEmail === "string" ? body.confirmEmail.trim().toLowerCase() : "";
  if (!member.email || typed !== member.email) {
    throw new AppError("INVALID_INPUT", "Type your account's e-mail address to confirm.", { confirmEmail: "This is not your account's address." });
  }
  const db = await getDb();
  await consumeRateLimit(db, accountChangeRules("delete", member.viewer.id), new Date());
  await deleteAccount(db, () => currentGateway(db), { userId: member.viewer.id, now: new Date() });
  (await cookies()).delete(sessionCookieName());
  return NextResponse.json({ redirect: "/account/deleted" });
});
