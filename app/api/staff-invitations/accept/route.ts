import { NextResponse } from "next/server";
import { mutationRoute, readJson } from "@/app/_lib/route-handler";
import { getDb } from "@/db/client";
import { acceptStaffInvitation } from "@/lib/admin/staff/accept-staff-invitation";
import { currentMember } from "@/lib/auth/current-member-next";
import { AppError } from "@/lib/errors";

/** The invitee, signed in as the invited address, accepts a staff invitation (body: `{ token }`). */
export const POST = mutationRoute(async (request) => {
  const member = await currentMember();
  if (!member) throw new AppError("UNAUTHENTICATED", "Please sign in with the address the invitation was sent to.");
  const body = (await readJson(request)) as { token?: unknown } | null;
  const result = await acceptStaffInvitation(await getDb(), { userId: member.viewer.id, token: body?.token, now: new Date() });
  return NextResponse.json({ ...result, redirect: "/admin" });
});
