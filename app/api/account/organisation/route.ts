import { NextResponse } from "next/server";
import { z } from "zod";
import { mutationRoute, readJson } from "@/app/_lib/route-handler";
import { getDb } from "@/db/client";
import { acceptSeat } from "@/lib/access/organisation/accept-seat";
import { inviteToSeat } from "@/lib/access/organisation/invite-to-seat";
import { removeSeat } from "@/lib/access/organisation/remove-seat";
import { currentMember } from "@/lib/auth/current-member-next";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

const id = z.coerce.number().int().positive().max(2_147_483_647);
const bodySchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("invite"), organisationId: id, email: z.string().max(320) }),
  z.object({ action: z.literal("remove"), organisationId: id, seatId: id }),
  z.object({ action: z.literal("accept"), token: z.string().max(100) }),
]);

/** An organisation's manager invites to a seat or frees one; an invitee takes their seat. */
export const POST = mutationRoute(async (request) => {
  const member = await currentMember();
  if (!member) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  const parsed = bodySchema.safeParse(await readJson(request));
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Unknown action.");
  const db = await getDb();
  const now = new Date();
  const body = parsed.data;
  if (body.action === "accept") {
    const { organisation } = await acceptSeat(db, { userId: member.viewer.id, token: body.token, now });
    return NextResponse.json({ organisation, redirect: "/account/organisation/accept?accepted=1" });
  }
  if (body.action === "invite") {
    const { message, seatId } = await inviteToSeat(db, { managerId: member.viewer.id, organisationId: body.organisationId, email: body.email, origin: env().publicOrigin, now });
    return NextResponse.json({ message, seatId, redirect: "/account/organisation?done=invited" });
  }
  const { message } = await removeSeat(db, { managerId: member.viewer.id, organisationId: body.organisationId, seatId: body.seatId });
  return NextResponse.json({ message, redirect: "/account/organisation?done=removed" });
});
