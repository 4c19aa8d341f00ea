import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { mutationRoute } from "@/app/_lib/route-handler";
import { getDb } from "@/db/client";
import { currentSessionToken } from "@/lib/auth/current-member-next";
import { deleteSessionByToken } from "@/lib/auth/revoke-sessions";
import { sessionCookieName } from "@/lib/auth/session-cookie";

/** Ends this session on the server (not just the cookie). */
export const POST = mutationRoute(async () => {
  const token = await currentSessionToken();
  if (token) await deleteSessionByToken(await getDb(), token);
  (await cookies()).delete(sessionCookieName());
  return NextResponse.json({ redirect: "/" });
});
