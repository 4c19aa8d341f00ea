import { NextResponse } from "next/server";
import { mutationRoute } from "@/app/_lib/route-handler";
import { getDb } from "@/db/client";
import { currentMember } from "@/lib/auth/current-member-next";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { regeneratePrivateFeed } from "@/lib/feeds/private/regenerate-private-feed";

/** A member makes their private feed, or replaces its address (the old one stops answering at once). */
export const POST = mutationRoute(async () => {
  const member = await currentMember();
  if (!member) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  const secret = env().AUTH_SECRET;
  if (!secret) throw new AppError("FORBIDDEN", "Private feeds are not available on this site.");
  const path = await regeneratePrivateFeed(await getDb(), { userId: member.viewer.id, secret, now: new Date() });
  return NextResponse.json({ url: new URL(path, env().publicOrigin).toString() }, { status: 201 });
});
