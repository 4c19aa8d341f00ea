import { NextResponse } from "next/server";
import { mutationRoute, readJson } from "@/app/_lib/route-handler";
import { requireMember } from "@/app/_lib/require-member";
import { getDb } from "@/db/client";
import { changeName } from "@/lib/account/change-name";

/** A member changes their name. */
export const POST = mutationRoute(async (request) => {
  const member = await requireMember();
  const body = (await readJson(request)) as Record<string, unknown> | null;
  await changeName(await getDb(), { userId: member.viewer.id, name: body?.name });
  return NextResponse.json({ redirect: "/account?notice=name" });
});
